package dev.rabiap.plugin.email;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decides a mail's policy group when it has no {@code List-Id}: the {@code group} option (one fixed
 * group for the whole input), else the {@code address-groups} option (a CSV file of
 * {@code address,group} lines, where the first To or Cc address found in it gives the group).
 */
final class EmailGroupResolver {
    static final String GROUP = "group";
    static final String ADDRESS_GROUPS = "address-groups";

    private final String fixedGroup;
    private final Map<String, String> groupsByAddress;

    private EmailGroupResolver(String fixedGroup, Map<String, String> groupsByAddress) {
        this.fixedGroup = fixedGroup;
        this.groupsByAddress = groupsByAddress;
    }

    /**
     * Reads the {@code group} and {@code address-groups} options.
     *
     * @throws IllegalArgumentException naming the option, for a blank group or an unreadable or bad CSV file
     */
    static EmailGroupResolver fromOptions(Map<String, String> options) {
        String fixed = options.get(GROUP);
        if (fixed != null && fixed.isBlank()) {
            throw new IllegalArgumentException(GROUP + ": must not be blank");
        }
        String file = options.get(ADDRESS_GROUPS);
        Map<String, String> byAddress = file == null ? Map.of() : readAddressGroups(file);
        return new EmailGroupResolver(fixed == null ? null : fixed.strip(), byAddress);
    }

    /** The group for a mail without List-Id whose To and Cc addresses are given in order, or null. */
    String groupFor(List<String> recipients) {
        if (fixedGroup != null) {
            return fixedGroup;
        }
        for (String address : recipients) {
            String group = groupsByAddress.get(address.toLowerCase(Locale.ROOT));
            if (group != null) {
                return group;
            }
        }
        return null;
    }

    private static Map<String, String> readAddressGroups(String file) {
        if (file.isBlank()) {
            throw new IllegalArgumentException(ADDRESS_GROUPS + ": must name a CSV file");
        }
        Map<String, String> byAddress = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.strip().startsWith("#")) {
                    continue;
                }
                List<String> fields = csvFields(line);
                if (number == 1 && fields.size() == 2 && fields.get(0).strip().equalsIgnoreCase("address")) {
                    continue;
                }
                if (fields.size() != 2 || fields.get(0).isBlank() || fields.get(1).isBlank()) {
                    throw new IllegalArgumentException(ADDRESS_GROUPS + ": " + file + ":" + number + ": expected address,group");
                }
                byAddress.putIfAbsent(fields.get(0).strip().toLowerCase(Locale.ROOT), fields.get(1).strip());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(ADDRESS_GROUPS + ": cannot read " + file + ": " + e, e);
        }
        return Map.copyOf(byAddress);
    }

    private static List<String> csvFields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
