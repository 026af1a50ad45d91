import com.qeetmart.sdk.CallOptions;
import com.qeetmart.sdk.ConflictException;
import com.qeetmart.sdk.EventFeed;
import com.qeetmart.sdk.FieldError;
import com.qeetmart.sdk.QeetMart;
import com.qeetmart.sdk.ReservationOutcome;
import com.qeetmart.sdk.common.model.Money;
import com.qeetmart.sdk.inventory.model.Reservation;
import com.qeetmart.sdk.inventory.model.ReservationLine;
import com.qeetmart.sdk.inventory.model.ReservationRequest;
import com.qeetmart.sdk.inventory.model.StockAdjustment;
import com.qeetmart.sdk.products.CategoriesApi.APIListCategoriesRequest;
import com.qeetmart.sdk.products.ProductsApi.APISearchProductsRequest;
import com.qeetmart.sdk.products.model.CatalogEvent;
import com.qeetmart.sdk.products.model.Category;
import com.qeetmart.sdk.products.model.CategoryEvent;
import com.qeetmart.sdk.products.model.Product;
import com.qeetmart.sdk.products.model.ProductEvent;
import com.qeetmart.sdk.products.model.ProductInput;
import com.qeetmart.sdk.products.model.ProductStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A partner's storefront backend, written from the Java SDK's README alone (a trial of the SDK,
 * run by CI against the platform and against the mock): it keeps its own copy of the catalog
 * (every category and product, then the change feed), stocks a product of its own, and checks a
 * shopper's order out (reserve under the order's key, see a repeat answered as a replay, commit),
 * then meets the refusal a sold-out product gets. It prints what it saw.
 * QEETMART_URL, QEETMART_CLIENT_ID, QEETMART_CLIENT_SECRET: an application holding catalog:write,
 * inventory:write and reservations:write.
 */
public class StorefrontTrial {
    private final Map<UUID, Category> categories = new HashMap<>();
    private final Map<UUID, Product> products = new HashMap<>();
    private String cursor; // a real storefront keeps it in its database, with the copy

    public static void main(String[] args) throws InterruptedException {
        QeetMart sdk = QeetMart.builder().baseUrl(System.getenv("QEETMART_URL"))
                .clientCredentials(System.getenv("QEETMART_CLIENT_ID"), System.getenv("QEETMART_CLIENT_SECRET"))
                .timeout(Duration.ofSeconds(10)).build();
        new StorefrontTrial().run(sdk);
    }

    private void run(QeetMart sdk) throws InterruptedException {
        sdk.categories().listCategoriesAll(APIListCategoriesRequest.newBuilder().size(100).build())
                .forEach(category -> categories.put(category.getId(), category));
        sdk.products().searchProductsAll(APISearchProductsRequest.newBuilder().size(100).build())
                .forEach(product -> products.put(product.getId(), product));
        followFeed(sdk);
        System.out.println("synced " + categories.size() + " categories and " + products.size() + " products");

        // Merchandising: a product of the storefront's own, three in stock.
        Product lamp = sdk.products().createProduct(new ProductInput().name("Trial lamp " + UUID.randomUUID().toString().substring(0, 8))
                .price(new Money().amount("24.00").currency("EUR")).status(ProductStatus.ACTIVE), UUID.randomUUID().toString());
        sdk.stock().adjustStock(lamp.getId(), new StockAdjustment().delta(3).reason("delivery"), UUID.randomUUID().toString());

        // The feed brings it to the copy within moments (events are published as they commit).
        Instant until = Instant.now().plusSeconds(20);
        while (!products.containsKey(lamp.getId())) {
            if (Instant.now().isAfter(until)) {
                throw new IllegalStateException("the change feed never brought product " + lamp.getId());
            }
            Thread.sleep(250);
            followFeed(sdk);
        }
        System.out.println("the feed brought " + products.get(lamp.getId()).getName());

        // Checkout: the order's own Idempotency-Key, kept with the order, makes any resend safe.
        ReservationRequest order = new ReservationRequest().orderId(UUID.randomUUID())
                .addLinesItem(new ReservationLine().productId(lamp.getId()).quantity(2));
        CallOptions orderKey = CallOptions.none().idempotencyKey(UUID.randomUUID().toString());
        ReservationOutcome first = sdk.reserveWithOutcome(order, orderKey);
        ReservationOutcome again = sdk.reserveWithOutcome(order, orderKey);
        System.out.println("reserved " + first.reservation().getLines().stream().map(line -> String.valueOf(line.getQuantity()))
                .collect(Collectors.joining("+")) + ", replayed: " + first.replayed() + "; resent: the same reservation: "
                + again.reservation().getId().equals(first.reservation().getId()) + ", replayed: " + again.replayed());
        Reservation committed = sdk.reservations().commitReservation(first.reservation().getId());
        System.out.println("order " + committed.getStatus().getValue().toLowerCase());

        // A second shopper wants two of the one left.
        try {
            sdk.reserve(new ReservationRequest().orderId(UUID.randomUUID())
                    .addLinesItem(new ReservationLine().productId(lamp.getId()).quantity(2)));
            System.out.println("second order reserved");
        } catch (ConflictException e) {
            if (!"INSUFFICIENT_STOCK".equals(e.code())) {
                throw e;
            }
            System.out.println("second order refused: " + e.code() + " "
                    + e.fieldErrors().stream().map(FieldError::message).collect(Collectors.joining("; ")));
        }
    }

    private void followFeed(QeetMart sdk) {
        EventFeed.catalog(sdk).catchUp(cursor, next -> cursor = next).forEach(this::apply);
    }

    private void apply(CatalogEvent event) {
        if (event.getActualInstance() instanceof ProductEvent product) {
            if (product.getType() == ProductEvent.TypeEnum.PRODUCT_DELETED) {
                products.remove(product.getData().getId());
            } else {
                products.put(product.getData().getId(), product.getData());
            }
        } else if (event.getActualInstance() instanceof CategoryEvent category) {
            if (category.getType() == CategoryEvent.TypeEnum.CATEGORY_DELETED) {
                categories.remove(category.getData().getId());
            } else {
                categories.put(category.getData().getId(), category.getData());
            }
        }
    }
}
