package com.qeetmart.users.address;

import com.qeetmart.platform.testing.Race;
import com.qeetmart.users.api.model.Address;
import com.qeetmart.users.api.model.AddressInput;
import com.qeetmart.users.client.AddressesApi;
import com.qeetmart.users.client.ProfilesApi;
import com.qeetmart.users.support.UsersTest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class AddressesTest extends UsersTest {

    @Inject
    AddressesApi addresses;
    @Inject
    ProfilesApi profiles;

    @BeforeEach
    void signInAsAlice() {
        as(alice);
    }

    static AddressInput address(String label) {
        return new AddressInput("Alice", label + " street 1", "Lisboa", "1100-048", "PT").label(label);
    }

    private long defaults(UUID user) {
        return DB.count("SELECT count(*) FROM address WHERE user_id = '" + user + "' AND is_default");
    }

    @Test
    void firstAddressBecomesTheDefaultAndLaterOnesDoNot() {
        HttpResponse<Address> home = addresses.createMyAddress(address("Home"), null);
        Address work = addresses.createMyAddress(address("Work"), null).body();

        assertTrue(home.body().getIsDefault());
        assertFalse(work.getIsDefault());
        assertEquals("/users/me/addresses/" + home.body().getId(), home.header("Location"));
        assertEquals(List.of("Home", "Work"), addresses.listMyAddresses().body().getItems().stream()
                .map(Address::getLabel).toList());
    }

    @Test
    void anAddressSentAgainWithItsKeyIsCreatedOnce() {
        String key = java.util.UUID.randomUUID().toString();
        Address home = addresses.createMyAddress(address("Home"), key).body();
        HttpResponse<Address> repeat = addresses.createMyAddress(address("Home"), key);

        assertEquals(home.getId(), repeat.body().getId());
        assertEquals("true", repeat.header("Idempotent-Replayed"));
        assertEquals(1, addresses.listMyAddresses().body().getItems().size());
    }

    @Test
    void makingAnotherAddressTheDefaultUnsetsTheOldOne() {
        Address home = addresses.createMyAddress(address("Home"), null).body();
        HttpResponse<Address> work = addresses.createMyAddress(address("Work"), null);

        addresses.replaceMyAddress(work.body().getId(), address("Work").isDefault(true), work.header("ETag"));

        assertFalse(addresses.getMyAddress(home.getId()).body().getIsDefault());
        assertTrue(addresses.getMyAddress(work.body().getId()).body().getIsDefault());
        assertEquals(1, defaults(alice));
    }

    @Test
    void newAddressMarkedDefaultTakesOver() {
        addresses.createMyAddress(address("Home"), null);
        Address work = addresses.createMyAddress(address("Work").isDefault(true), null).body();
        assertTrue(work.getIsDefault());
        assertEquals(1, defaults(alice));
    }

    @Test
    void deletingTheDefaultPromotesTheNewestOtherAddress() {
        Address home = addresses.createMyAddress(address("Home"), null).body();
        addresses.createMyAddress(address("Work"), null);
        Address cabin = addresses.createMyAddress(address("Cabin"), null).body();

        addresses.deleteMyAddress(home.getId());

        assertTrue(addresses.getMyAddress(cabin.getId()).body().getIsDefault());
        assertEquals(1, defaults(alice));
    }

    @Test
    void theDefaultCannotBeUnsetOnlyReplaced() {
        HttpResponse<Address> home = addresses.createMyAddress(address("Home"), null);
        var problem = problemOf(409, () -> addresses.replaceMyAddress(home.body().getId(),
                address("Home").isDefault(false), home.header("ETag")));
        assertEquals("DEFAULT_ADDRESS_REQUIRED", problem.getCode());
        assertEquals(1, defaults(alice));
    }

    @Test
    void staleIfMatchOnAnAddressIs412() {
        HttpResponse<Address> home = addresses.createMyAddress(address("Home"), null);
        addresses.replaceMyAddress(home.body().getId(), address("Home 2"), home.header("ETag"));
        problemOf(412, () -> addresses.replaceMyAddress(home.body().getId(), address("Lost"), home.header("ETag")));
        assertEquals("Home 2", addresses.getMyAddress(home.body().getId()).body().getLabel());
    }

    @Test
    void unknownCountryIs422() {
        var problem = problemOf(422, () -> addresses.createMyAddress(
                new AddressInput("Alice", "Street 1", "Nowhere", "123", "XX"), null));
        assertEquals("UNKNOWN_COUNTRY", problem.getCode());
        assertEquals(0, DB.count("SELECT count(*) FROM address"));
    }

    @Test
    void anotherUserCannotSeeOrTouchTheAddresses() {
        Address home = addresses.createMyAddress(address("Home"), null).body();

        as(bob);
        problemOf(404, () -> addresses.listUserAddresses(alice));
        problemOf(404, () -> addresses.getUserAddress(alice, home.getId()));
        problemOf(404, () -> addresses.replaceUserAddress(alice, home.getId(), address("Evil"), null));
        problemOf(404, () -> addresses.deleteUserAddress(alice, home.getId()));
        problemOf(404, () -> addresses.createUserAddress(alice, address("Evil"), null));
        problemOf(404, () -> addresses.getMyAddress(home.getId()));

        assertEquals(1, DB.count("SELECT count(*) FROM address WHERE label = 'Home'"));
        asAdmin();
        assertEquals(1, addresses.listUserAddresses(alice).body().getItems().size());
    }

    @Test
    void concurrentCreationsLeaveExactlyOneDefault() throws Exception {
        profiles.getMyProfile();
        String token = ISSUER.accessToken(alice, "USER");
        List<Integer> codes = Race.of(12, () -> {
            caller.use(token);
            try {
                return addresses.createMyAddress(address("Racer"), null).code();
            } catch (HttpClientResponseException e) {
                return e.code();
            }
        });
        assertEquals(12, codes.stream().filter(c -> c == 201).count(), codes.toString());
        assertEquals(12, DB.count("SELECT count(*) FROM address"));
        assertEquals(1, defaults(alice));
    }

    @Test
    void concurrentDefaultSwitchesLeaveExactlyOneDefault() throws Exception {
        List<HttpResponse<Address>> created = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            created.add(addresses.createMyAddress(address("A" + i), null));
        }
        var next = new java.util.concurrent.atomic.AtomicInteger();
        List<Integer> codes = Race.of(8, () -> {
            HttpResponse<Address> mine = created.get(next.getAndIncrement());
            try {
                return addresses.replaceMyAddress(mine.body().getId(), address("Switch").isDefault(true), null).code();
            } catch (HttpClientResponseException e) {
                return e.code();
            }
        });
        assertEquals(8, codes.stream().filter(c -> c == 200).count(), codes.toString());
        assertEquals(1, defaults(alice));
    }

    @Test
    void concurrentDeletesAndCreatesKeepTheInvariant() throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(addresses.createMyAddress(address("A" + i), null).body().getId());
        }
        var next = new java.util.concurrent.atomic.AtomicInteger();
        Race.of(12, () -> {
            int n = next.getAndIncrement();
            try {
                return n < 6 ? addresses.deleteMyAddress(ids.get(n)).code() : addresses.createMyAddress(address("N"), null).code();
            } catch (HttpClientResponseException e) {
                return e.code();
            }
        });
        assertEquals(6, DB.count("SELECT count(*) FROM address"));
        assertEquals(1, defaults(alice));
    }
}
