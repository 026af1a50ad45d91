package com.qeetmart.contracts.diff.spec;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Rewrites a parsed spec into what a client meets on the wire, so that two specs meaning the same
 * HTTP compare equal, for the house rules and openapi-diff alike:
 * <ul>
 * <li>header names (header parameters, response headers, apiKey headers) in lower case, as HTTP
 *     compares them;</li>
 * <li>media types without parameters ({@code application/json; charset=utf-8} is
 *     {@code application/json}), type and subtype in lower case;</li>
 * <li>security schemes named by what they are, not by their key, so renaming a key is no change
 *     while moving an apiKey from a header to the query, or renaming it, is;</li>
 * <li>each path with the first server's base path in front: a client calls server URL + path, so
 *     moving a segment between the two changes nothing, and a new base path moves every URL;</li>
 * <li>callbacks as operations of their own, marked as sent to the client ({@link ClientBound});</li>
 * <li>discriminator mappings as references, whether written as schema names or as references.</li>
 * </ul>
 */
final class WireForm {

    private WireForm() {
    }

    static void apply(OpenAPI api) {
        prefixPathsWithServerBase(api);
        hoistCallbacks(api);
        if (api.getPaths() != null) {
            api.getPaths().values().forEach(WireForm::pathItem);
        }
        var components = api.getComponents();
        if (components != null) {
            each(components.getParameters(), WireForm::parameter);
            each(components.getResponses(), WireForm::response);
            each(components.getRequestBodies(), body -> body.setContent(content(body.getContent())));
            // components.headers are keyed by definition name ($ref targets), not by header name.
        }
        SecuritySchemeNames.apply(api);
        DiscriminatorMappings.apply(api);
    }

    private static void pathItem(PathItem item) {
        parameters(item.getParameters());
        for (Operation operation : item.readOperations()) {
            parameters(operation.getParameters());
            if (operation.getRequestBody() != null) {
                operation.getRequestBody().setContent(content(operation.getRequestBody().getContent()));
            }
            each(operation.getResponses(), WireForm::response);
        }
    }

    private static void parameters(List<Parameter> parameters) {
        if (parameters != null) {
            parameters.forEach(WireForm::parameter);
        }
    }

    private static void parameter(Parameter parameter) {
        if ("header".equalsIgnoreCase(parameter.getIn()) && parameter.getName() != null) {
            parameter.setName(parameter.getName().toLowerCase(Locale.ROOT));
        }
        parameter.setContent(content(parameter.getContent()));
    }

    private static void response(ApiResponse response) {
        response.setHeaders(headers(response.getHeaders()));
        response.setContent(content(response.getContent()));
    }

    private static Map<String, Header> headers(Map<String, Header> headers) {
        if (headers == null) {
            return null;
        }
        Map<String, Header> lower = new LinkedHashMap<>();
        headers.forEach((name, header) -> lower.putIfAbsent(name.toLowerCase(Locale.ROOT), header));
        return lower;
    }

    static Content content(Content content) {
        if (content == null) {
            return null;
        }
        Content bare = new Content();
        content.forEach((type, media) -> bare.putIfAbsent(mediaType(type), media));
        return bare;
    }

    /** {@code Application/JSON; charset=utf-8} is {@code application/json}. */
    static String mediaType(String type) {
        int parameters = type.indexOf(';');
        return (parameters < 0 ? type : type.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private static void prefixPathsWithServerBase(OpenAPI api) {
        String base = serverBase(api);
        if (base.isEmpty() || api.getPaths() == null) {
            return;
        }
        Paths prefixed = new Paths();
        // A webhook is not served under the server's URL: the client chose where it is sent.
        api.getPaths().forEach((path, item) -> prefixed.addPathItem(ClientBound.is(item) ? path : base + path, item));
        prefixed.setExtensions(api.getPaths().getExtensions());
        api.setPaths(prefixed);
    }

    /**
     * Each callback of an operation as operations of its own under
     * {@code /(callback)/OPERATION/NAME} (OPERATION its id, else method and path), marked as sent to
     * the client; one with several URL expressions gets their index after the name.
     */
    private static void hoistCallbacks(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Map<String, PathItem> hoisted = new LinkedHashMap<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getCallbacks() == null) {
                return;
            }
            String owner = operation.getOperationId() != null ? operation.getOperationId()
                    : method.name().toLowerCase(Locale.ROOT) + path.replace('/', '_');
            operation.getCallbacks().forEach((name, declared) -> {
                var callback = declared.get$ref() == null || api.getComponents() == null
                        || api.getComponents().getCallbacks() == null ? declared
                        : api.getComponents().getCallbacks().getOrDefault(Resolver.refName(declared.get$ref()), declared);
                int index = 0;
                for (PathItem target : callback.values()) {
                    String key = ClientBound.CALLBACKS + owner + "/" + name + (callback.size() > 1 ? "/" + index : "");
                    target.addExtension(ClientBound.MARK, "callback " + name + " of " + owner);
                    hoisted.put(key, target);
                    index++;
                }
            });
            operation.setCallbacks(null);
        }));
        hoisted.forEach(api.getPaths()::addPathItem);
    }

    /**
     * The path of the first server's URL (its variables at their defaults), without a trailing
     * slash: {@code https://api.example.com/v1} is {@code /v1}; none or a host alone is empty.
     */
    static String serverBase(OpenAPI api) {
        if (api.getServers() == null || api.getServers().isEmpty() || api.getServers().get(0).getUrl() == null) {
            return "";
        }
        var server = api.getServers().get(0);
        String url = server.getUrl();
        if (server.getVariables() != null) {
            for (var variable : server.getVariables().entrySet()) {
                url = url.replace("{" + variable.getKey() + "}", String.valueOf(variable.getValue().getDefault()));
            }
        }
        int scheme = url.indexOf("://");
        int pathStart = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
        String path = pathStart < 0 ? "" : url.substring(pathStart);
        int query = path.indexOf('?');
        path = query < 0 ? path : path.substring(0, query);
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static <T> void each(Map<String, T> items, Consumer<T> action) {
        if (items != null) {
            items.values().forEach(action);
        }
    }
}
