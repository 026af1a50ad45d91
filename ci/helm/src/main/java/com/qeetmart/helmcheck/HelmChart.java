package com.qeetmart.helmcheck;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The two helm commands ci/deploy-check needs, with the helm command's own arguments, run by
 * Helm's own code (helm-java) on machines where the helm command is missing:
 * <pre>
 *   lint CHART [--strict]                                   exit 1 when the lint fails
 *   template RELEASE CHART [--namespace NS] [--set KEY=VALUE]...   the objects on stdout
 * </pre>
 */
public final class HelmChart {

    private static final String USAGE =
            "usage: lint CHART [--strict] | template RELEASE CHART [--namespace NS] [--set KEY=VALUE]...";

    private HelmChart() {
    }

    public static void main(String[] args) {
        try {
            if (args.length >= 2 && args[0].equals("lint")) {
                System.exit(lint(chart(args[1]), List.of(args).contains("--strict")) ? 0 : 1);
            } else if (args.length >= 3 && args[0].equals("template")) {
                System.out.print(template(args[1], chart(args[2]), List.of(args).subList(3, args.length)));
            } else {
                throw new IllegalArgumentException(USAGE);
            }
        } catch (IllegalArgumentException usage) {
            System.err.println(usage.getMessage());
            System.exit(2);
        } catch (IllegalStateException helmError) {
            // helm-java reports Helm's own errors (a template that does not render) this way.
            System.err.println("Error: " + helmError.getMessage());
            System.exit(1);
        }
    }

    private static Helm chart(String directory) {
        Path chart = Path.of(directory).toAbsolutePath();
        if (!Files.isRegularFile(chart.resolve("Chart.yaml"))) {
            throw new IllegalArgumentException("not a chart (no Chart.yaml): " + directory);
        }
        return new Helm(chart);
    }

    private static boolean lint(Helm chart, boolean strict) {
        LintResult result = (strict ? chart.lint().strict() : chart.lint()).call();
        result.getMessages().forEach(System.out::println);
        return !result.isFailed();
    }

    private static String template(String release, Helm chart, List<String> options) {
        TemplateCommand template = chart.template().withName(release);
        List<String> rest = new ArrayList<>(options);
        while (!rest.isEmpty()) {
            String option = rest.remove(0);
            if (rest.isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
            }
            String value = rest.remove(0);
            int equals = value.indexOf('=');
            if (option.equals("--namespace")) {
                template = template.withNamespace(value);
            } else if (option.equals("--set") && equals > 0) {
                template = template.set(value.substring(0, equals), value.substring(equals + 1));
            } else {
                throw new IllegalArgumentException("not understood: " + option + " " + value + "\n" + USAGE);
            }
        }
        return template.call();
    }
}
