/**
 * Profiles, addresses and preferences (the users API).
 * Generated from contracts/openapi/users.yaml: one class per tag, each with an
 * {@code ...ApiWithPaging} subclass (which {@link com.qeetmart.sdk.QeetMart} hands out) adding an
 * auto-paging form to every paged list; the models in the {@code model} package.
 */
package com.qeetmart.sdk.users;
