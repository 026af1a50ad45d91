package com.qeetmart.auth.account;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of an email address auth stores, compares and counts sign-in failures under, so
 * that two spellings of one address are one account and one throttle counter. Compatibility
 * normalisation (NFKC) turns full-width letters, ligatures and signs such as the Kelvin sign
 * (U+212A) into their plain letters; case folding (upper then lower case, locale-independent)
 * makes {@code ß}, {@code SS} and {@code ss} one. A letter without a plain equivalent stays
 * itself: {@code İ} (U+0130) folds to {@code i} + U+0307, so {@code admİn@…} is not
 * {@code admin@…}, everywhere alike.
 */
public final class Emails {

    private Emails() {
    }

    public static String canonical(String email) {
        String compatible = Normalizer.normalize(email.strip(), Normalizer.Form.NFKC);
        String folded = compatible.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }
}
