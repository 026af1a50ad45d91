package com.qeetmart.platform.http;

import io.micronaut.core.convert.ConversionContext;
import io.micronaut.core.convert.MutableConversionService;
import io.micronaut.core.convert.TypeConverterRegistrar;
import io.micronaut.core.naming.NameUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;

/**
 * Text to enum, as the contracts define it. An enum generated from a spec (it has a static
 * {@code fromValue(String)}) takes exactly the values the spec lists: Micronaut's own conversion
 * also took constant names in any case ({@code sort=NAME_ASC}, {@code Name-Asc}), which the
 * contract does not allow and a client must not come to rely on. Other enums (configuration)
 * convert as Micronaut converts them: by name, then by its environment-style name.
 */
public final class ContractEnumConverters implements TypeConverterRegistrar {

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public void register(MutableConversionService conversion) {
        conversion.addConverter(CharSequence.class, Enum.class,
                (CharSequence text, Class<Enum> type, ConversionContext context) -> convert(text, type, context));
        conversion.addConverter(String.class, Enum.class,
                (String text, Class<Enum> type, ConversionContext context) -> convert(text, type, context));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Optional<Enum> convert(CharSequence text, Class<Enum> type, ConversionContext context) {
        if (text == null || text.length() == 0) {
            return Optional.empty();
        }
        String value = text.toString();
        Optional<Enum> match = isFromContract(type) ? byContractValue(type, value) : byName(type, value);
        if (match.isEmpty()) {
            context.reject(value, new IllegalArgumentException("'" + value + "' is not one of the allowed values"));
        }
        return match;
    }

    @SuppressWarnings("rawtypes")
    private static Optional<Enum> byContractValue(Class<Enum> type, String value) {
        for (Enum constant : type.getEnumConstants()) {
            if (constant.toString().equals(value)) { // generated enums print their contract value
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Optional<Enum> byName(Class<Enum> type, String value) {
        for (String name : new String[] {value, NameUtils.environmentName(value)}) {
            try {
                return Optional.of(Enum.valueOf(type, name));
            } catch (IllegalArgumentException notThisName) {
                // next form
            }
        }
        return byContractValue(type, value);
    }

    // Looked up once per enum type: conversions run on every request, a reflective miss throws.
    private static final ClassValue<Boolean> FROM_CONTRACT = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                Method fromValue = type.getMethod("fromValue", String.class);
                return Modifier.isStatic(fromValue.getModifiers()) && fromValue.getReturnType() == type;
            } catch (NoSuchMethodException notGenerated) {
                return false;
            }
        }
    };

    private static boolean isFromContract(Class<?> type) {
        return FROM_CONTRACT.get(type);
    }
}
