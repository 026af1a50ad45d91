package com.qeetmart.bench.catalog;

import com.qeetmart.bench.support.Load;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The catalog benchmark: seeds 100,000 products, then measures over HTTP the latency of a mix of
 * searches (text, filters, sorts, paging) and the throughput of GET /products/{id}.
 * Usage: CatalogBench BASE_URL JDBC_URL [products]
 */
public final class CatalogBench {

    private CatalogBench() {
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String jdbc = args[1];
        int count = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        List<UUID> ids = Seeder.seed(jdbc, System.getProperty("bench.db.user", "postgres"), count);
        List<String> searches = searchMix(new Random(7));
        Load load = new Load();

        load.run(2, 1000, n -> base + searches.get(n % searches.size()));
        Load.report("search mix, 1 client", load.run(1, 2000, n -> base + searches.get(n % searches.size())));
        Load.report("search mix, 4 clients", load.run(4, 1000, n -> base + searches.get((n * 7) % searches.size())));
        List<String> broad = broadWords();
        Load.report("broad one-word search, 1 client", load.run(1, 500,
                n -> base + "/products?q=" + broad.get(n % broad.size())));

        load.run(4, 1000, n -> base + "/products/" + ids.get(n % ids.size()));
        Load.report("GET /products/{id}, 8 clients", load.run(8, 5000,
                n -> base + "/products/" + ids.get((int) ((n * 2654435761L) % ids.size()))));
    }

    /** Realistic searches: one or two words, a prefix, filters, non-default sorts, later pages. */
    static List<String> searchMix(Random random) {
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String noun = pick(random, Seeder.NOUNS);
            String material = pick(random, Seeder.MATERIALS);
            String url = switch (i % 10) {
                case 0 -> "/products?q=" + noun;
                case 1 -> "/products?q=" + enc(material + " " + noun);
                case 2 -> "/products?q=" + noun.substring(0, 3);
                case 3 -> "/products?q=" + enc(pick(random, Seeder.ADJECTIVES) + " " + noun) + "&sort=price-asc";
                case 4 -> "/products?q=" + noun + "&brand=" + enc("Brand " + (1 + random.nextInt(200)));
                case 5 -> "/products?q=" + material + "&minPrice=50&maxPrice=150";
                case 6 -> "/products?minPrice=100&maxPrice=120&sort=price-desc";
                case 7 -> "/products?brand=" + enc("Brand " + (1 + random.nextInt(200))) + "&sort=name-asc";
                case 8 -> "/products?q=" + noun + "&page=3&size=20";
                default -> "/products?sort=newest&page=" + random.nextInt(50);
            };
            urls.add(url);
        }
        return urls;
    }

    /** The worst case: single common words, each matching several percent of the catalog. */
    static List<String> broadWords() {
        return List.of(Seeder.ADJECTIVES).subList(0, 20);
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
