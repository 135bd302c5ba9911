package dev.needle.ingest.ical;

import java.util.List;
import java.util.Optional;

/** One BEGIN/END block as written (VCALENDAR, VEVENT, VTIMEZONE, STANDARD...), with the line of its BEGIN. */
record RawComponent(String name, int line, List<RawProperty> properties, List<RawComponent> components) {
    RawComponent {
        properties = List.copyOf(properties);
        components = List.copyOf(components);
    }

    /** The first property of that name; producers sometimes repeat one (two DTSTARTs), the first wins. */
    Optional<RawProperty> property(String propertyName) {
        return properties.stream().filter(property -> property.name().equals(propertyName)).findFirst();
    }

    List<RawProperty> properties(String propertyName) {
        return properties.stream().filter(property -> property.name().equals(propertyName)).toList();
    }

    List<RawComponent> components(String componentName) {
        return components.stream().filter(component -> component.name().equals(componentName)).toList();
    }
}
