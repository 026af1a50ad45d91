package com.qeetmart.products.category;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface CategoryRepository extends GenericRepository<CategoryRow, UUID> {

    CategoryRow save(CategoryRow row);

    Optional<CategoryRow> findByIdAndDeletedAtIsNull(UUID id);

    Page<CategoryRow> findByDeletedAtIsNull(Pageable pageable);

    /** Writes only over the version the caller read: 0 rows means someone else wrote first. */
    @Query("""
            UPDATE category SET name = :name, slug = :slug, description = :description,
                   parent_id = :parentId, version = version + 1, updated_at = :now
             WHERE id = :id AND version = :version AND deleted_at IS NULL""")
    long updateIfVersion(UUID id, long version, String name, String slug, @Nullable String description,
                         @Nullable UUID parentId, Instant now);

    @Query("""
            UPDATE category SET deleted_at = :now, updated_at = :now, version = version + 1
             WHERE id = :id AND version = :version AND deleted_at IS NULL""")
    long softDeleteIfVersion(UUID id, long version, Instant now);

    @Query("""
            SELECT EXISTS (SELECT 1 FROM product WHERE category_id = :id AND deleted_at IS NULL)
                OR EXISTS (SELECT 1 FROM category WHERE parent_id = :id AND deleted_at IS NULL)""")
    boolean hasLiveChildren(UUID id);

    /** Whether {@code candidate} is {@code category} or one of its ancestors. */
    @Query("""
            WITH RECURSIVE ancestors(id, parent_id) AS (
                SELECT id, parent_id FROM category WHERE id = :category
                UNION
                SELECT c.id, c.parent_id FROM category c JOIN ancestors a ON c.id = a.parent_id
            )
            SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = :candidate)""")
    boolean isSelfOrAncestor(UUID candidate, UUID category);
}
