package com.qeetmart.contracts.diff.walk;

import com.qeetmart.contracts.diff.finding.Location;
import com.qeetmart.contracts.diff.spec.ObjectView;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The same position in the base and the revision schema trees, e.g. {@code $.items[].price}.
 * Rules receive pairs whose schemas are already resolved (never a bare {@code $ref}).
 */
public record SchemaPair(Schema<?> base, Schema<?> revision, String path, SchemaContext context) {

    public Direction direction() {
        return context.direction();
    }

    public boolean isRequest() {
        return context.direction() == Direction.REQUEST;
    }

    public boolean isResponse() {
        return context.direction() == Direction.RESPONSE;
    }

    public Location location() {
        return at(path);
    }

    /** The location of one property of this object, e.g. {@code $.price} under {@code $}. */
    public Location property(String name) {
        return at(path + "." + name);
    }

    public Map<String, Schema<?>> baseProperties() {
        return ObjectView.properties(base, context.baseResolver());
    }

    public Map<String, Schema<?>> revisionProperties() {
        return ObjectView.properties(revision, context.revisionResolver());
    }

    public Set<String> baseRequired() {
        return ObjectView.required(base, context.baseResolver());
    }

    public Set<String> revisionRequired() {
        return ObjectView.required(revision, context.revisionResolver());
    }

    private boolean composedOnOneSideOnly() {
        int before = ObjectView.branches(base, context.baseResolver());
        int after = ObjectView.branches(revision, context.revisionResolver());
        return (before >= 2 && after == 0) || (before == 0 && after >= 2);
    }

    /**
     * Every property name either side declares (the base's in order, then the ones the revision
     * adds), then the array items where both sides have them: an entry that is always there.
     */
    public List<PropertyPair> properties() {
        if (composedOnOneSideOnly()) {
            // An object became a choice of shapes (or the reverse): its properties live in the
            // branches, and the change of shape is judged as one (composition rules).
            return List.of();
        }
        Map<String, Schema<?>> inBase = baseProperties();
        Map<String, Schema<?>> inRevision = revisionProperties();
        Set<String> requiredInBase = baseRequired();
        Set<String> requiredInRevision = revisionRequired();
        Set<String> names = new LinkedHashSet<>(inBase.keySet());
        names.addAll(inRevision.keySet());
        List<PropertyPair> properties = new ArrayList<>(names.size());
        for (String name : names) {
            properties.add(new PropertyPair(this, name, inBase.get(name), inRevision.get(name),
                    requiredInBase.contains(name), requiredInRevision.contains(name)));
        }
        if (base.getItems() != null && revision.getItems() != null) {
            properties.add(new PropertyPair(this, null, base.getItems(), revision.getItems(), true, true));
        }
        return properties;
    }

    public Schema<?> resolveBase(Schema<?> schema) {
        return context.baseResolver().schema(schema);
    }

    public Schema<?> resolveRevision(Schema<?> schema) {
        return context.revisionResolver().schema(schema);
    }

    SchemaPair child(String segment, Schema<?> childBase, Schema<?> childRevision) {
        return new SchemaPair(childBase, childRevision, path + segment, context);
    }

    private Location at(String where) {
        String detail = "$".equals(where) ? context.part() : context.part() + " " + where;
        return Location.of(context.operation(), context.area(), detail);
    }
}
