package com.qeetmart.platform.paging;

import com.qeetmart.common.api.model.PageMetadata;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApiPagesTest {

    record Body(List<String> items, PageMetadata page) {
    }

    @Test
    void mapsTheItemsAndSaysWhereThePageSits() {
        PageResult<Integer> second = PageResult.exact(List.of(3, 4), new PageRequest(1, 2), 5);
        Body body = ApiPages.of(second, i -> "#" + i, Body::new);
        assertEquals(List.of("#3", "#4"), body.items());
        assertEquals(1, body.page().getNumber());
        assertEquals(2, body.page().getSize());
        assertEquals(5L, body.page().getTotalElements());
        assertEquals(3, body.page().getTotalPages());
        assertTrue(body.page().getHasNext());
        assertTrue(body.page().getTotalElementsExact());
    }

    @Test
    void anEstimatedTotalIsMarkedAndAnEmptyResultHasNoPages() {
        PageMetadata estimated = ApiPages.metadata(
                new PageResult<>(List.of(1), new PageRequest(0, 10), 10_000, false, true));
        assertFalse(estimated.getTotalElementsExact());
        assertEquals(1000, estimated.getTotalPages());
        PageMetadata empty = ApiPages.metadata(PageResult.exact(List.of(), new PageRequest(0, 20), 0));
        assertEquals(0, empty.getTotalPages());
        assertFalse(empty.getHasNext());
    }
}
