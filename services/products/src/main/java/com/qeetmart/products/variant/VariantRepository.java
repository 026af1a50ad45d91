package com.qeetmart.products.variant;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface VariantRepository extends GenericRepository<VariantRow, UUID> {

    String COLUMNS = """
            id, product_id, sku, name, price_amount, price_currency, attributes::text AS attributes,
            version, created_at, updated_at, deleted_at""";

    /** Whether the product is live, and ACTIVE too when only the public catalog may be seen. */
    @Query("""
            SELECT EXISTS (SELECT 1 FROM product WHERE id = :productId AND deleted_at IS NULL
                              AND (status = 'ACTIVE' OR NOT :publicOnly))""")
    boolean productVisible(UUID productId, boolean publicOnly);

    @Query("SELECT " + COLUMNS + " FROM product_variant WHERE id = :id AND product_id = :productId"
            + " AND deleted_at IS NULL")
    Optional<VariantRow> findLive(UUID productId, UUID id);

    @Query("SELECT " + COLUMNS + " FROM product_variant WHERE product_id = :productId AND deleted_at IS NULL"
            + " ORDER BY sku, id LIMIT :limit OFFSET :offset")
    List<VariantRow> findLivePage(UUID productId, int limit, long offset);

    @Query("SELECT count(*) FROM product_variant WHERE product_id = :productId AND deleted_at IS NULL")
    long countLive(UUID productId);

    @Query("""
            INSERT INTO product_variant (id, product_id, sku, name, price_amount, price_currency, attributes,
                                         version, created_at, updated_at)
            VALUES (:id, :productId, :sku, :name, :priceAmount, :priceCurrency, CAST(:attributes AS jsonb),
                    1, :now, :now)""")
    void insert(UUID id, UUID productId, String sku, String name, @Nullable BigDecimal priceAmount,
                @Nullable String priceCurrency, String attributes, Instant now);

    @Query("""
            UPDATE product_variant SET sku = :sku, name = :name, price_amount = :priceAmount,
                   price_currency = :priceCurrency, attributes = CAST(:attributes AS jsonb),
                   version = version + 1, updated_at = :now
             WHERE id = :id AND product_id = :productId AND version = :version AND deleted_at IS NULL""")
    long updateIfVersion(UUID productId, UUID id, long version, String sku, String name,
                         @Nullable BigDecimal priceAmount, @Nullable String priceCurrency, String attributes,
                         Instant now);

    @Query("""
            UPDATE product_variant SET deleted_at = :now, updated_at = :now, version = version + 1
             WHERE id = :id AND product_id = :productId AND version = :version AND deleted_at IS NULL""")
    long softDeleteIfVersion(UUID productId, UUID id, long version, Instant now);

    @Query("""
            UPDATE product_variant SET deleted_at = :now, updated_at = :now, version = version + 1
             WHERE product_id = :productId AND deleted_at IS NULL""")
    long softDeleteAllOf(UUID productId, Instant now);
}
