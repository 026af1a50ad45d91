package com.qeetmart.users.address;

import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.concurrency.VersionedResponses;
import com.qeetmart.users.api.AddressesApi;
import com.qeetmart.users.api.model.Address;
import com.qeetmart.users.api.model.AddressInput;
import com.qeetmart.users.api.model.AddressList;
import com.qeetmart.platform.security.Callers;
import com.qeetmart.users.profile.ProfileService;
import com.qeetmart.platform.idempotency.Idempotent;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.UUID;

import static com.qeetmart.platform.time.Timestamps.utc;

@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class AddressController implements AddressesApi {

    private final AddressService addresses;
    private final ProfileService profiles;
    private final Callers callers;

    AddressController(AddressService addresses, ProfileService profiles, Callers callers) {
        this.addresses = addresses;
        this.profiles = profiles;
        this.callers = callers;
    }

    private UUID me() {
        return profiles.ensureOwn(callers.current()).id();
    }

    private UUID user(UUID userId) {
        return callers.current().requireReach("User", userId);
    }

    @Override
    public HttpResponse<AddressList> listMyAddresses() {
        return list(me());
    }

    @Override
    @Idempotent
    public HttpResponse<Address> createMyAddress(AddressInput input, String idempotencyKey) {
        return create(me(), input, "/users/me/addresses/");
    }

    @Override
    public HttpResponse<Address> getMyAddress(UUID addressId) {
        return withEtag(addresses.get(me(), addressId));
    }

    @Override
    public HttpResponse<Address> replaceMyAddress(UUID addressId, AddressInput input, String ifMatch) {
        return withEtag(addresses.update(me(), addressId, draftOf(input), IfMatch.parse(ifMatch)));
    }

    @Override
    public HttpResponse<Void> deleteMyAddress(UUID addressId) {
        addresses.delete(me(), addressId);
        return HttpResponse.noContent();
    }

    @Override
    public HttpResponse<AddressList> listUserAddresses(UUID userId) {
        return list(user(userId));
    }

    @Override
    @Idempotent
    public HttpResponse<Address> createUserAddress(UUID userId, AddressInput input, String idempotencyKey) {
        return create(user(userId), input, "/users/" + userId + "/addresses/");
    }

    @Override
    public HttpResponse<Address> getUserAddress(UUID userId, UUID addressId) {
        return withEtag(addresses.get(user(userId), addressId));
    }

    @Override
    public HttpResponse<Address> replaceUserAddress(UUID userId, UUID addressId, AddressInput input, String ifMatch) {
        return withEtag(addresses.update(user(userId), addressId, draftOf(input), IfMatch.parse(ifMatch)));
    }

    @Override
    public HttpResponse<Void> deleteUserAddress(UUID userId, UUID addressId) {
        addresses.delete(user(userId), addressId);
        return HttpResponse.noContent();
    }

    private HttpResponse<AddressList> list(UUID userId) {
        return HttpResponse.ok(new AddressList(addresses.list(userId).stream().map(AddressController::toApi).toList()));
    }

    private HttpResponse<Address> create(UUID userId, AddressInput input, String base) {
        AddressData created = addresses.create(userId, draftOf(input));
        return VersionedResponses.created(toApi(created), created.version(), base + created.id());
    }

    private static HttpResponse<Address> withEtag(AddressData address) {
        return VersionedResponses.ok(toApi(address), address.version());
    }

    private static AddressDraft draftOf(AddressInput in) {
        return new AddressDraft(in.getLabel(), in.getRecipientName(), in.getLine1(), in.getLine2(), in.getCity(),
                in.getRegion(), in.getPostalCode(), in.getCountryCode(), in.getPhone(), in.getIsDefault());
    }

    private static Address toApi(AddressData a) {
        return new Address(a.id(), a.recipientName(), a.line1(), a.city(), a.postalCode(), a.countryCode(),
                a.isDefault(), a.version(), utc(a.createdAt()), utc(a.updatedAt()))
                .label(a.label()).line2(a.line2()).region(a.region()).phone(a.phone());
    }
}
