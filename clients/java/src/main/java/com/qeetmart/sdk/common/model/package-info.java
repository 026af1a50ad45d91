/**
 * The schemas every API shares, generated once from contracts/openapi/common/components.yaml:
 * {@code Money}, {@code PageMetadata}, and the webhook endpoints' and deliveries' shapes.
 */
package com.qeetmart.sdk.common.model;
