package com.qeetmart.platform.problem;

import com.qeetmart.common.api.model.FieldError;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Body;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Turns Micronaut's request-binding and validation failures into field errors a client can act
 * on: a dotted path into the body ({@code price.amount}) or the parameter's name, and a message
 * that never quotes server internals (class names, stack frames).
 */
final class FieldErrors {

    private FieldErrors() {
    }

    static Optional<List<FieldError>> of(Throwable cause) {
        if (cause instanceof ConstraintViolationException violations) {
            return Optional.of(violations.getConstraintViolations().stream()
                    .map(v -> new FieldError(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(FieldError::getField))
                    .toList());
        }
        if (cause instanceof ConversionErrorException conversion) {
            Argument<?> argument = conversion.getArgument();
            return Optional.of(List.of(argument.isAnnotationPresent(Body.class)
                    ? new FieldError("body", "is not a valid JSON document for this operation")
                    : new FieldError(argument.getName(), "has an invalid value")));
        }
        if (cause instanceof UnsatisfiedRouteException unsatisfied) {
            Argument<?> argument = unsatisfied.getArgument();
            return Optional.of(List.of(new FieldError(
                    argument.isAnnotationPresent(Body.class) ? "body" : argument.getName(), "is required")));
        }
        return Optional.empty();
    }

    // "updateProduct.productInput.price.amount" -> "price.amount"; "searchProducts.size" -> "size";
    // "createReservation.reservationRequest.lines[1].quantity" -> "lines[1].quantity".
    private static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder property = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                // A node's index or key is its parent's (Bean Validation: quantity "in iterable" at
                // index 0 of lines): it comes before the node's own name, as in lines[0].quantity.
                if (node.getKey() != null) {
                    property.append('[').append(node.getKey()).append(']');
                } else if (node.getIndex() != null) {
                    property.append('[').append(node.getIndex()).append(']');
                }
                if (node.getName() != null && !node.getName().startsWith("<")) {
                    append(property, node.getName());
                }
            }
        }
        if (!property.isEmpty()) {
            return property.toString();
        }
        return parameter != null ? parameter : violation.getPropertyPath().toString();
    }

    private static void append(StringBuilder path, String name) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(name);
    }
}
