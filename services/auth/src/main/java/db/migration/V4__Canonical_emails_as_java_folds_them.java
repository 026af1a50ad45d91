package db.migration;

import com.qeetmart.auth.account.Emails;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * V2 put existing emails into the nearest SQL form of {@link Emails#canonical}, but PostgreSQL's
 * {@code lower()} and Java's upper-then-lower fold disagree on some letters ({@code ß} stays
 * {@code ß} in SQL and becomes {@code ss} in Java), so such an account could no longer be found by
 * its own address. This rewrites every stored email into exactly the Java form. An address whose
 * canonical form another account already holds is left as it is (uniqueness stands; such a pair
 * needs a person to decide which account keeps the address).
 */
public class V4__Canonical_emails_as_java_folds_them extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Map<UUID, String> rewrites = new LinkedHashMap<>();
        try (PreparedStatement select = context.getConnection().prepareStatement("SELECT id, email FROM account");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String email = rows.getString(2);
                String canonical = Emails.canonical(email);
                if (!canonical.equals(email)) {
                    rewrites.put(rows.getObject(1, UUID.class), canonical);
                }
            }
        }
        try (PreparedStatement update = context.getConnection().prepareStatement(
                "UPDATE account SET email = ? WHERE id = ? AND NOT EXISTS (SELECT 1 FROM account WHERE email = ?)")) {
            for (Map.Entry<UUID, String> rewrite : rewrites.entrySet()) {
                update.setString(1, rewrite.getValue());
                update.setObject(2, rewrite.getKey());
                update.setString(3, rewrite.getValue());
                update.executeUpdate();
            }
        }
    }
}
