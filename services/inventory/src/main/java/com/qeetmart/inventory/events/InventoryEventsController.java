package com.qeetmart.inventory.events;

import com.qeetmart.platform.events.feed.EventFeed;
import com.qeetmart.platform.events.feed.FeedPage;
import com.qeetmart.platform.security.Callers;
import com.qeetmart.inventory.api.EventsApi;
import com.qeetmart.inventory.api.model.InventoryEventPage;
import com.qeetmart.inventory.api.model.InventoryEventType;
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

/** The inventory's change feed: the platform's feed, each event as the outbox wrote it. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class InventoryEventsController implements EventsApi {

    private final EventFeed feed;
    private final Callers callers;
    private final JsonMapper json;

    InventoryEventsController(EventFeed feed, Callers callers, JsonMapper json) {
        this.feed = feed;
        this.callers = callers;
        this.json = json;
    }

    @Override
    public HttpResponse<InventoryEventPage> listInventoryEvents(String after, Integer limit, Set<InventoryEventType> types) {
        List<String> wanted = types == null ? List.of() : types.stream().map(InventoryEventType::getValue).toList();
        FeedPage page = feed.read(callers.current(), after, wanted, limit == null ? 100 : limit);
        List<Object> items = page.events().stream().map(this::tree).toList();
        return HttpResponse.ok(new InventoryEventPage(items, page.nextCursor(), page.hasMore()));
    }

    private Object tree(String event) {
        try {
            return json.readValue(event, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("An outbox event is not JSON", e);
        }
    }
}
