package com.qeetmart.users.profile;

import com.qeetmart.common.api.model.FieldError;
import com.qeetmart.users.api.model.Profile;
import com.qeetmart.users.api.model.ProfileInput;
import com.qeetmart.users.api.model.ProfilePage;
import com.qeetmart.users.api.model.ProfilePatch;
import com.qeetmart.users.client.ProfilesApi;
import com.qeetmart.users.support.UsersTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@MicronautTest(transactional = false)
class ProfilesTest extends UsersTest {

    @Inject
    ProfilesApi profiles;
    @Inject
    @Client("/")
    HttpClient http;

    @Test
    void firstReadCreatesTheProfileFromTheToken() {
        as(alice);
        HttpResponse<Profile> response = profiles.getMyProfile();

        assertEquals(alice, response.body().getId());
        assertEquals(emailOf(alice), response.body().getEmail());
        assertEquals("\"1\"", response.header("ETag"));
        assertEquals(1, DB.count("SELECT count(*) FROM profile WHERE id = '" + alice + "'"));
        profiles.getMyProfile();
        assertEquals(1, DB.count("SELECT count(*) FROM profile"));
    }

    @Test
    void aProfileIsNeverStoredByACache() {
        as(alice);
        HttpResponse<Profile> read = profiles.getMyProfile();
        HttpResponse<Profile> replaced = profiles.replaceMyProfile(new ProfileInput("ada@example.com"), read.header("ETag"));

        assertEquals("no-store", read.header("Cache-Control"));
        assertEquals("no-store", replaced.header("Cache-Control"));
    }

    @Test
    void putReplacesAndPatchChangesOnlyWhatIsSent() {
        as(alice);
        String etag = profiles.getMyProfile().header("ETag");
        HttpResponse<Profile> replaced = profiles.replaceMyProfile(
                new ProfileInput("ada@example.com").name("Ada").phone("+351912345678"), etag);
        assertEquals("\"2\"", replaced.header("ETag"));

        Profile patched = profiles.updateMyProfile(new ProfilePatch().name("Ada Lovelace"), replaced.header("ETag")).body();

        assertEquals("Ada Lovelace", patched.getName());
        assertEquals("+351912345678", patched.getPhone());
        assertEquals("ada@example.com", patched.getEmail());
    }

    @Test
    void staleIfMatchIs412AndNothingIsWritten() {
        as(alice);
        String first = profiles.getMyProfile().header("ETag");
        profiles.replaceMyProfile(new ProfileInput("one@example.com"), first);

        problemOf(412, () -> profiles.updateMyProfile(new ProfilePatch().name("Lost"), first));
        assertNull(profiles.getMyProfile().body().getName());
    }

    @Test
    void invalidPhoneAndEmailAre400NamingTheFields() {
        as(alice);
        var problem = problemOf(400, () -> http.toBlocking().exchange(HttpRequest.PUT("/users/me",
                "{\"email\": \"nope\", \"phone\": \"12345\"}").bearerAuth(ISSUER.accessToken(alice, "USER")), String.class));
        assertEquals(List.of("email", "phone"), problem.getErrors().stream().map(FieldError::getField).toList());
        assertEquals(0, DB.count("SELECT count(*) FROM profile"));
    }

    @Test
    void aNulInANameOrAListFilterIs400NamingTheFieldNotA500() {
        as(alice);
        String etag = profiles.getMyProfile().header("ETag");
        var patched = problemOf(400, () -> http.toBlocking().exchange(HttpRequest.PATCH("/users/me",
                "{\"name\": \"a\\u0000b\"}").header("If-Match", etag).bearerAuth(ISSUER.accessToken(alice, "USER")),
                String.class));
        assertEquals("VALIDATION_FAILED", patched.getCode());
        assertEquals(List.of("name"), patched.getErrors().stream().map(FieldError::getField).toList());
        assertNull(profiles.getMyProfile().body().getName());

        var listed = problemOf(400, () -> http.toBlocking().exchange(HttpRequest.GET("/users?email=%00")
                .bearerAuth(ISSUER.adminToken()), String.class));
        assertEquals(List.of("email"), listed.getErrors().stream().map(FieldError::getField).toList());
    }

    @Test
    void deleteErasesTheProfileWithItsAddressesAndPreferences() {
        as(alice);
        profiles.getMyProfile();
        DB.execute("INSERT INTO address (id, user_id, recipient_name, line1, city, postal_code, country_code, is_default,"
                + " version, created_at, updated_at) VALUES (gen_random_uuid(), '" + alice + "', 'A', 'L', 'C', '1',"
                + " 'PT', true, 1, now(), now())");
        DB.execute("INSERT INTO preferences VALUES ('" + alice + "', 'en', 'EUR', false, '{EMAIL}', now())");

        assertEquals(204, profiles.deleteMyProfile().code());

        assertEquals(0, DB.count("SELECT count(*) FROM profile"));
        assertEquals(0, DB.count("SELECT count(*) FROM address"));
        assertEquals(0, DB.count("SELECT count(*) FROM preferences"));
    }

    @Test
    void anotherUsersProfileIsNotFoundAndStaysUntouched() {
        as(alice);
        profiles.replaceMyProfile(new ProfileInput("alice@example.com").name("Alice"), null);

        as(bob);
        problemOf(404, () -> profiles.getUser(alice));
        problemOf(404, () -> profiles.replaceUser(alice, new ProfileInput("evil@example.com"), null));
        problemOf(404, () -> profiles.deleteUser(alice));
        problemOf(403, () -> profiles.listUsers(null, null, 0, 20));

        assertEquals(1, DB.count("SELECT count(*) FROM profile WHERE id = '" + alice + "' AND email = 'alice@example.com'"));
    }

    @Test
    void aUserReachesTheirOwnIdToo() {
        as(alice);
        profiles.getMyProfile();
        assertEquals(alice, profiles.getUser(alice).body().getId());
    }

    @Test
    void adminListsFiltersAndEditsEveryone() {
        as(alice);
        profiles.replaceMyProfile(new ProfileInput("alice@example.com").name("Alice Liddell"), null);
        as(bob);
        profiles.replaceMyProfile(new ProfileInput("bob@example.com").name("Bob_Builder"), null);

        asAdmin();
        ProfilePage all = profiles.listUsers(null, null, 0, 1).body();
        assertEquals(2L, all.getPage().getTotalElements());
        assertEquals("alice@example.com", all.getItems().get(0).getEmail());
        assertEquals(List.of("bob@example.com"), profiles.listUsers("BOB", null, 0, 20).body().getItems().stream()
                .map(Profile::getEmail).toList());
        assertEquals(List.of("Alice Liddell"), profiles.listUsers(null, "liddell", 0, 20).body().getItems().stream()
                .map(Profile::getName).toList());
        assertEquals(0, profiles.listUsers(null, "%", 0, 20).body().getItems().size(), "% is literal");
        assertEquals(1, profiles.listUsers(null, "_", 0, 20).body().getItems().size(), "_ is literal");

        assertEquals("Renamed", profiles.replaceUser(bob, new ProfileInput("bob@example.com").name("Renamed"), null)
                .body().getName());
        profiles.deleteUser(alice);
        problemOf(404, () -> profiles.getUser(alice));
    }
}
