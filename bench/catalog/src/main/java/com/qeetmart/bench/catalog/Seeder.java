package com.qeetmart.bench.catalog;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Fills the catalog with a reproducible set of products, straight in SQL (the benchmark measures
 * reads, and 100,000 writes over HTTP would only measure patience). Names, brands and
 * descriptions are drawn from word lists so text queries match realistic fractions of the rows.
 */
final class Seeder {

    // A catalog's vocabulary: a noun names ~2% of products (it is drawn for name and description).
    static final String[] ADJECTIVES = {"light", "warm", "classic", "rugged", "slim", "waterproof", "organic",
            "vintage", "compact", "premium", "soft", "durable", "breathable", "insulated", "recycled", "modern",
            "retro", "minimal", "bold", "cosy", "sturdy", "elegant", "casual", "sporty", "foldable", "portable",
            "heavy", "thin", "wide", "tall", "small", "large", "bright", "dark", "striped", "checked", "plain",
            "padded", "quilted", "woven"};
    static final String[] MATERIALS = {"cotton", "wool", "leather", "denim", "linen", "canvas", "merino",
            "nylon", "suede", "fleece", "bamboo", "silk", "cork", "steel", "oak", "walnut", "ceramic", "glass",
            "copper", "brass", "rubber", "hemp", "jute", "cashmere", "alpaca", "polyester", "velvet", "corduroy",
            "tweed", "satin", "marble", "granite", "aluminium", "titanium", "birch", "pine", "maple", "teak",
            "porcelain", "felt"};
    static final String[] NOUNS = {"jacket", "shoe", "sneaker", "boot", "sock", "shirt", "hoodie", "backpack",
            "wallet", "belt", "scarf", "glove", "hat", "lamp", "mug", "blanket", "towel", "chair", "desk",
            "bottle", "watch", "tent", "kettle", "pan", "knife", "pillow", "rug", "vase", "clock", "umbrella",
            "coat", "parka", "vest", "sweater", "cardigan", "blouse", "dress", "skirt", "trouser", "jeans",
            "short", "legging", "pyjama", "robe", "slipper", "sandal", "loafer", "heel", "beanie", "cap",
            "mitten", "tie", "bracelet", "necklace", "ring", "earring", "sunglasses", "suitcase", "duffel",
            "tote", "purse", "notebook", "pen", "pencil", "planner", "stool", "bench", "shelf", "cabinet",
            "dresser", "mirror", "frame", "candle", "diffuser", "plate", "bowl", "cup", "teapot", "spoon",
            "fork", "skillet", "wok", "grater", "cutting-board", "apron", "napkin", "tablecloth", "curtain",
            "duvet", "sheet", "mattress", "hammock", "cooler", "thermos", "flask", "lantern", "compass",
            "binocular", "helmet", "racket", "ball", "yoga-mat"};
    static final String[] EXTRA = {"for hiking", "for the office", "for winter", "for summer trips", "for kids",
            "for running", "for travel", "for the kitchen", "handmade", "with pockets", "easy care",
            "made in Portugal", "limited edition", "gift ready", "everyday essential", "for camping",
            "for the garden", "for cycling", "for yoga", "for the beach", "machine washable", "fair trade",
            "made in Italy", "made in Japan", "locally sourced", "with lifetime warranty", "award winning",
            "for small spaces", "for pets", "for rainy days"};

    private Seeder() {
    }

    /** Seeds {@code count} products in 20 categories unless that many are already there. */
    static List<UUID> seed(String jdbcUrl, String user, int count) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, "");
             Statement s = c.createStatement()) {
            long existing = single(s, "SELECT count(*) FROM product WHERE deleted_at IS NULL");
            if (existing != count) {
                System.out.printf("seeding %,d products ...%n", count);
                long started = System.nanoTime();
                s.executeUpdate("TRUNCATE product_variant, product, category");
                s.execute("SELECT setseed(0.42)");
                s.executeUpdate("""
                        INSERT INTO category (id, name, slug, version, created_at, updated_at)
                        SELECT gen_random_uuid(), 'Category ' || i, 'category-' || i, 1, now(), now()
                          FROM generate_series(1, 20) i""");
                s.executeUpdate(insertProducts(count));
                s.execute("VACUUM ANALYZE product");
                System.out.printf("seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
            }
            List<UUID> ids = new ArrayList<>(count);
            // What the public can GET: live, ACTIVE products.
            try (ResultSet rs = s.executeQuery(
                    "SELECT id FROM product WHERE deleted_at IS NULL AND status = 'ACTIVE'")) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }
    }

    private static String insertProducts(int count) {
        return """
                WITH words AS (SELECT %s AS adj, %s AS mat, %s AS noun, %s AS extra),
                     cats AS (SELECT array_agg(id ORDER BY slug) AS ids FROM category)
                INSERT INTO product (id, name, description, brand, category_id, status, price_amount,
                                     price_currency, attributes, version, created_at, updated_at)
                SELECT gen_random_uuid(),
                       initcap(adj[1 + floor(random() * array_length(adj, 1))::int]) || ' '
                         || mat[1 + floor(random() * array_length(mat, 1))::int] || ' '
                         || noun[1 + floor(random() * array_length(noun, 1))::int],
                       'A ' || adj[1 + floor(random() * array_length(adj, 1))::int] || ' '
                         || noun[1 + floor(random() * array_length(noun, 1))::int] || ' '
                         || extra[1 + floor(random() * array_length(extra, 1))::int] || ', '
                         || extra[1 + floor(random() * array_length(extra, 1))::int] || '.',
                       'Brand ' || (1 + floor(random() * 200)::int),
                       cats.ids[1 + floor(random() * 20)::int],
                       CASE WHEN random() < 0.9 THEN 'ACTIVE' ELSE 'DRAFT' END,
                       round((1 + random() * 499)::numeric, 2), 'EUR', '{}'::jsonb, 1,
                       now() - (i || ' seconds')::interval, now()
                  FROM generate_series(1, %d) i, words, cats""".formatted(
                array(ADJECTIVES), array(MATERIALS), array(NOUNS), array(EXTRA), count);
    }

    private static String array(String[] words) {
        StringBuilder sql = new StringBuilder("ARRAY[");
        for (int i = 0; i < words.length; i++) {
            sql.append(i == 0 ? "" : ", ").append('\'').append(words[i].replace("'", "''")).append('\'');
        }
        return sql.append(']').toString();
    }

    private static long single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
