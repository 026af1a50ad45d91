package com.qeetmart.contracts.diff.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Names every security scheme by its definition ({@code http bearer}, {@code apiKey in header
 * x-api-key}) and rewrites each security requirement to match. A client sends credentials by
 * definition: the key a spec files a scheme under is nobody's business on the wire.
 */
final class SecuritySchemeNames {

    private SecuritySchemeNames() {
    }

    static void apply(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
            return;
        }
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, SecurityScheme> byDefinition = new LinkedHashMap<>();
        api.getComponents().getSecuritySchemes().forEach((key, scheme) -> {
            String definition = definitionOf(scheme);
            names.put(key, definition);
            byDefinition.putIfAbsent(definition, onTheWire(scheme));
        });
        api.getComponents().setSecuritySchemes(byDefinition);
        api.setSecurity(renamed(api.getSecurity(), names));
        if (api.getPaths() != null) {
            api.getPaths().values().stream().flatMap(item -> item.readOperations().stream())
                    .forEach((Operation operation) -> operation.setSecurity(renamed(operation.getSecurity(), names)));
        }
    }

    // What the client sends, in the case HTTP compares it; descriptions and the bearer format
    // are for people.
    private static SecurityScheme onTheWire(SecurityScheme scheme) {
        if (scheme.getScheme() != null) {
            scheme.setScheme(scheme.getScheme().toLowerCase(Locale.ROOT));
        }
        if (scheme.getIn() == SecurityScheme.In.HEADER && scheme.getName() != null) {
            scheme.setName(scheme.getName().toLowerCase(Locale.ROOT));
        }
        scheme.setBearerFormat(null);
        scheme.setDescription(null);
        return scheme;
    }

    static String definitionOf(SecurityScheme scheme) {
        if (scheme.getType() == null) {
            return "unknown scheme";
        }
        return switch (scheme.getType()) {
            case APIKEY -> "apiKey in " + scheme.getIn() + " " + (scheme.getIn() == SecurityScheme.In.HEADER
                    ? String.valueOf(scheme.getName()).toLowerCase(Locale.ROOT) : scheme.getName());
            case HTTP -> "http " + String.valueOf(scheme.getScheme()).toLowerCase(Locale.ROOT);
            case OPENIDCONNECT -> "openIdConnect " + scheme.getOpenIdConnectUrl();
            case OAUTH2 -> "oauth2" + flows(scheme.getFlows());
            case MUTUALTLS -> "mutualTLS";
        };
    }

    // The flows a client can take, each by where it gets its token; scopes stay in the requirements.
    private static String flows(OAuthFlows flows) {
        if (flows == null) {
            return "";
        }
        return Stream.of(flow("implicit", flows.getImplicit()), flow("password", flows.getPassword()),
                        flow("clientCredentials", flows.getClientCredentials()),
                        flow("authorizationCode", flows.getAuthorizationCode()))
                .filter(Objects::nonNull).collect(Collectors.joining(", ", " (", ")"));
    }

    private static String flow(String name, OAuthFlow flow) {
        if (flow == null) {
            return null;
        }
        return name + " " + Stream.of(flow.getAuthorizationUrl(), flow.getTokenUrl()).filter(Objects::nonNull)
                .collect(Collectors.joining(" "));
    }

    private static List<SecurityRequirement> renamed(List<SecurityRequirement> requirements, Map<String, String> names) {
        if (requirements == null) {
            return null;
        }
        return requirements.stream().map(requirement -> {
            SecurityRequirement renamed = new SecurityRequirement();
            requirement.forEach((key, scopes) -> renamed.addList(names.getOrDefault(key, key), scopes));
            return renamed;
        }).toList();
    }
}
