package com.qeetmart.sdk;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paged list, fetching pages as the stream is consumed; a page that cannot be
 * fetched ends the stream with that call's {@link QeetMartException}:
 * <pre>{@code
 * Stream<Product> all = Pages.stream(page -> sdk.products().searchProducts(APISearchProductsRequest.newBuilder()
 *         .page(page).size(100).build()), ProductPage::getItems, p -> p.getPage().getHasNext());
 * }</pre>
 */
public final class Pages {

    /** Fetches one page by its number (from 0). */
    @FunctionalInterface
    public interface PageFetcher<P> {
        P fetch(int pageNumber);
    }

    private Pages() {
    }

    public static <P, T> Stream<T> stream(PageFetcher<P> fetch, Function<P, List<T>> items, Predicate<P> hasNext) {
        Iterator<T> iterator = new Iterator<>() {
            private int next;
            private P page;
            private Iterator<T> current = List.<T>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (page != null && !hasNext.test(page)) {
                        return false;
                    }
                    page = fetch.fetch(next++);
                    current = items.apply(page).iterator();
                    if (!current.hasNext() && !hasNext.test(page)) {
                        return false;
                    }
                }
                return true;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.next();
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false);
    }
}
