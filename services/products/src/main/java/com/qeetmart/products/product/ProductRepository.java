package com.qeetmart.products.product;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProductRepository extends GenericRepository<ProductRow, UUID> {

    @Query("""
            SELECT id, name, description, brand, category_id, status, price_amount, price_currency,
                   attributes::text AS attributes, version, created_at, updated_at, deleted_at
              FROM product WHERE id = :id AND deleted_at IS NULL""")
    Optional<ProductRow> findLive(UUID id);

    @Query("""
            INSERT INTO product (id, name, description, brand, category_id, status, price_amount,
                                 price_currency, attributes, version, created_at, updated_at)
            VALUES (:id, :name, :description, :brand, :categoryId, :status, :priceAmount,
                    :priceCurrency, CAST(:attributes AS jsonb), 1, :now, :now)""")
    void insert(UUID id, String name, @Nullable String description, @Nullable String brand,
                @Nullable UUID categoryId, String status, BigDecimal priceAmount, String priceCurrency,
                String attributes, Instant now);

    /** Writes only over the version the caller read: 0 rows means someone else wrote first. */
    @Query("""
            UPDATE product SET name = :name, description = :description, brand = :brand,
                   category_id = :categoryId, status = :status, price_amount = :priceAmount,
                   price_currency = :priceCurrency, attributes = CAST(:attributes AS jsonb),
                   version = version + 1, updated_at = :now
             WHERE id = :id AND version = :version AND deleted_at IS NULL""")
    long updateIfVersion(UUID id, long version, String name, @Nullable String description, @Nullable String brand,
                         @Nullable UUID categoryId, String status, BigDecimal priceAmount, String priceCurrency,
                         String attributes, Instant now);

    @Query("""
            UPDATE product SET deleted_at = :now, updated_at = :now, version = version + 1
             WHERE id = :id AND version = :version AND deleted_at IS NULL""")
    long softDeleteIfVersion(UUID id, long version, Instant now);
}
