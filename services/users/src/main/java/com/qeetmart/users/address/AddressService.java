package com.qeetmart.users.address;

import com.qeetmart.users.UsersProblem;
import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.UnprocessableException;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.errors.StaleVersionException;
import com.qeetmart.users.profile.ProfileRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import static com.qeetmart.platform.time.Timestamps.now;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * A user's address book, which has exactly one default address whenever it has any. Every change
 * first locks the user's profile row, so concurrent changes of one book run one after another
 * and each sees the other's result; a unique index backs "at most one default" in the database.
 */
@Singleton
public class AddressService {

    static final String RESOURCE = "Address";
    static final int MAX_ADDRESSES = 50;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final AddressRepository addresses;
    private final ProfileRepository profiles;

    AddressService(AddressRepository addresses, ProfileRepository profiles) {
        this.addresses = addresses;
        this.profiles = profiles;
    }

    @Transactional(readOnly = true)
    public List<AddressData> list(UUID userId) {
        requireUser(userId);
        return addresses.findAllOf(userId).stream().map(AddressRow::toData).toList();
    }

    @Transactional(readOnly = true)
    public AddressData get(UUID userId, UUID id) {
        requireUser(userId);
        return find(userId, id).toData();
    }

    @Transactional
    public AddressData create(UUID userId, AddressDraft draft) {
        requireKnownCountry(draft.countryCode());
        lockBook(userId);
        long existing = addresses.countOf(userId);
        if (existing >= MAX_ADDRESSES) {
            throw new ConflictException(UsersProblem.ADDRESS_BOOK_FULL, "An address book holds at most " + MAX_ADDRESSES
                    + " addresses");
        }
        boolean isDefault = existing == 0 || Boolean.TRUE.equals(draft.makeDefault());
        Instant now = now();
        if (isDefault) {
            addresses.clearDefault(userId, now);
        }
        UUID id = UUID.randomUUID();
        addresses.insert(id, userId, draft.label(), draft.recipientName(), draft.line1(), draft.line2(), draft.city(),
                draft.region(), draft.postalCode(), draft.countryCode(), draft.phone(), isDefault, now);
        return find(userId, id).toData();
    }

    @Transactional
    public AddressData update(UUID userId, UUID id, AddressDraft draft, IfMatch ifMatch) {
        requireKnownCountry(draft.countryCode());
        lockBook(userId);
        AddressRow current = find(userId, id);
        if (!ifMatch.matches(current.version())) {
            throw new StaleVersionException(RESOURCE, id);
        }
        if (current.isDefault() && Boolean.FALSE.equals(draft.makeDefault())) {
            throw new ConflictException(UsersProblem.DEFAULT_ADDRESS_REQUIRED,
                    "The address book needs a default address: make another address the default instead");
        }
        boolean becomesDefault = !current.isDefault() && Boolean.TRUE.equals(draft.makeDefault());
        Instant now = now();
        if (becomesDefault) {
            addresses.clearDefault(userId, now);
        }
        addresses.updateIfVersion(userId, id, current.version(), draft.label(), draft.recipientName(), draft.line1(),
                draft.line2(), draft.city(), draft.region(), draft.postalCode(), draft.countryCode(), draft.phone(),
                current.isDefault() || becomesDefault, now);
        return find(userId, id).toData();
    }

    @Transactional
    public void delete(UUID userId, UUID id) {
        lockBook(userId);
        AddressRow current = find(userId, id);
        addresses.delete(userId, id);
        if (current.isDefault()) {
            addresses.promoteNewest(userId, now());
        }
    }

    private static void requireKnownCountry(String countryCode) {
        if (!COUNTRIES.contains(countryCode)) {
            throw new UnprocessableException(UsersProblem.UNKNOWN_COUNTRY, "countryCode",
                    countryCode + " is not an ISO 3166-1 alpha-2 country code");
        }
    }

    private void lockBook(UUID userId) {
        if (profiles.lock(userId).isEmpty()) {
            throw new NotFoundException("User", userId);
        }
    }

    private void requireUser(UUID userId) {
        if (profiles.findById(userId).isEmpty()) {
            throw new NotFoundException("User", userId);
        }
    }

    private AddressRow find(UUID userId, UUID id) {
        return addresses.findOf(userId, id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

}
