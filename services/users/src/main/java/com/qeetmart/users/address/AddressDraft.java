package com.qeetmart.users.address;

/** An address as a client sends it; {@code makeDefault} null leaves the default as it is. */
public record AddressDraft(String label, String recipientName, String line1, String line2, String city,
                           String region, String postalCode, String countryCode, String phone, Boolean makeDefault) {
}
