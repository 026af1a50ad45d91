/**
 * Accounts, sign-in sessions, partner applications, signing keys and administration (the auth API).
 * Generated from contracts/openapi/auth.yaml: one class per tag, each with an
 * {@code ...ApiWithPaging} subclass (which {@link com.qeetmart.sdk.QeetMart} hands out) adding an
 * auto-paging form to every paged list; the models in the {@code model} package.
 */
package com.qeetmart.sdk.auth;
