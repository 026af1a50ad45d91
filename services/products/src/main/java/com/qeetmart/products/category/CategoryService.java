package com.qeetmart.products.category;

import com.qeetmart.products.ProductsProblem;
import com.qeetmart.platform.time.Timestamps;
import com.qeetmart.platform.concurrency.IfMatch;
import com.qeetmart.platform.errors.ConflictException;
import com.qeetmart.platform.errors.UnprocessableException;
import com.qeetmart.platform.errors.NotFoundException;
import com.qeetmart.platform.errors.StaleVersionException;
import com.qeetmart.platform.paging.PageRequest;
import com.qeetmart.platform.paging.PageResult;
import com.qeetmart.platform.persistence.UniqueViolation;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Singleton
public class CategoryService {

    static final String RESOURCE = "Category";
    private static final Sort BY_NAME = Sort.of(Sort.Order.asc("name"), Sort.Order.asc("id"));

    private final CategoryRepository categories;
    private final CategoryEvents events;

    CategoryService(CategoryRepository categories, CategoryEvents events) {
        this.categories = categories;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public PageResult<CategoryData> list(PageRequest page) {
        Page<CategoryRow> rows = categories.findByDeletedAtIsNull(Pageable.from(page.number(), page.size(), BY_NAME));
        return PageResult.exact(rows.getContent().stream().map(CategoryRow::toData).toList(), page, rows.getTotalSize());
    }

    /** One statement, so no transaction (BEGIN and COMMIT would be two more round trips). */
    public CategoryData get(UUID id) {
        return live(id).toData();
    }

    /** The same read, empty where {@link #get} refuses. */
    public Optional<CategoryData> find(UUID id) {
        return categories.findByIdAndDeletedAtIsNull(id).map(CategoryRow::toData);
    }

    /** Whether a live category with this id exists; products may only be filed under one. */
    @Transactional(readOnly = true)
    public boolean exists(UUID id) {
        return categories.findByIdAndDeletedAtIsNull(id).isPresent();
    }

    @Transactional
    public CategoryData create(CategoryDraft draft) {
        requireParent(draft.parentId());
        Instant now = Timestamps.now();
        CategoryRow row = new CategoryRow(UUID.randomUUID(), draft.name(), draft.slug(), draft.description(),
                draft.parentId(), 1, now, now, null);
        CategoryData created;
        try {
            created = categories.save(row).toData();
        } catch (DataAccessException e) {
            throw slugTakenOr(e, draft.slug());
        }
        events.created(created);
        return created;
    }

    @Transactional
    public CategoryData update(UUID id, CategoryDraft draft, IfMatch ifMatch) {
        CategoryRow current = live(id);
        if (!ifMatch.matches(current.version())) {
            throw new StaleVersionException(RESOURCE, id);
        }
        requireParent(draft.parentId());
        if (draft.parentId() != null && categories.isSelfOrAncestor(id, draft.parentId())) {
            throw new UnprocessableException(ProductsProblem.CATEGORY_CYCLE, "parentId",
                    "A category cannot be filed under itself or one of its descendants");
        }
        long updated;
        try {
            updated = categories.updateIfVersion(id, current.version(), draft.name(), draft.slug(),
                    draft.description(), draft.parentId(), Timestamps.now());
        } catch (DataAccessException e) {
            throw slugTakenOr(e, draft.slug());
        }
        if (updated == 0) {
            throw new StaleVersionException(RESOURCE, id);
        }
        CategoryData changed = live(id).toData();
        events.updated(changed);
        return changed;
    }

    @Transactional
    public void delete(UUID id, IfMatch ifMatch) {
        CategoryRow current = live(id);
        if (!ifMatch.matches(current.version())) {
            throw new StaleVersionException(RESOURCE, id);
        }
        if (categories.hasLiveChildren(id)) {
            throw new ConflictException(ProductsProblem.CATEGORY_IN_USE,
                    "Category " + id + " still has products or child categories; move or delete them first");
        }
        Instant now = Timestamps.now();
        if (categories.softDeleteIfVersion(id, current.version(), now) == 0) {
            throw new StaleVersionException(RESOURCE, id);
        }
        events.deleted(current.toData(), now);
    }

    private CategoryRow live(UUID id) {
        return categories.findByIdAndDeletedAtIsNull(id).orElseThrow(() -> new NotFoundException(RESOURCE, id));
    }

    private void requireParent(UUID parentId) {
        if (parentId != null && categories.findByIdAndDeletedAtIsNull(parentId).isEmpty()) {
            throw new UnprocessableException(ProductsProblem.CATEGORY_NOT_FOUND, "parentId",
                    "Parent category " + parentId + " does not exist");
        }
    }

    private static RuntimeException slugTakenOr(DataAccessException e, String slug) {
        if (UniqueViolation.on(e, "category_slug_live")) {
            return new ConflictException(ProductsProblem.SLUG_TAKEN, "A category with slug '" + slug + "' already exists");
        }
        return e;
    }
}
