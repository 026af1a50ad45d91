package com.qeetmart.products.events;

import com.qeetmart.platform.events.feed.EventFeed;
import com.qeetmart.platform.events.feed.FeedPage;
import com.qeetmart.platform.security.Callers;
import com.qeetmart.products.api.EventsApi;
import com.qeetmart.products.api.model.CatalogEventPage;
import com.qeetmart.products.api.model.CatalogEventType;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/** The catalog's change feed: the platform's feed, each event as the outbox wrote it. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class CatalogEventsController implements EventsApi {

    private final EventFeed feed;
    private final Callers callers;
    private final JsonMapper json;

    CatalogEventsController(EventFeed feed, Callers callers, JsonMapper json) {
        this.feed = feed;
        this.callers = callers;
        this.json = json;
    }

    @Override
    public HttpResponse<CatalogEventPage> listCatalogEvents(String after, Integer limit, Set<CatalogEventType> types) {
        List<String> wanted = types == null ? List.of() : types.stream().map(CatalogEventType::getValue).toList();
        FeedPage page = feed.read(callers.current(), after, wanted, limit == null ? 100 : limit);
        List<Object> items = page.events().stream().map(this::tree).toList();
        return HttpResponse.ok(new CatalogEventPage(items, page.nextCursor(), page.hasMore()));
    }

    private Object tree(String event) {
        try {
            return json.readValue(event, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("An outbox event is not JSON", e);
        }
    }
}
