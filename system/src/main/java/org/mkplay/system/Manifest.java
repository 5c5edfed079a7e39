package org.mkplay.system;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.mkplay.kernel.UserImages;

/**
 * A system image's manifest (docs/system-images.md): the programs of the system, in load order, each with its
 * sources (or a prebuilt ELF), priority, placement, whether it serves an endpoint, which served programs it may
 * call, its role and its devices. Parsed by Jackson; every error names the file, the line and the field.
 */
public record Manifest(List<Program> programs) {
    /** Roles with a well-known capability slot in every program that uses them (org.mkplay.mk.Cap). */
    public static final Set<String> ROLES = Set.of("supervisor", "names", "console");

    public static final Set<String> DEVICES = Set.of("uart");
    /** Shared pages: at most MAX_PAGES per program (slots Cap.page(0..4)), MAX_SHARED per system (the kernel's). */
    public static final int MAX_PAGES = 5, MAX_SHARED = UserImages.MAX_ENDPOINTS;

    static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_-]{0,14}");

    /** One program. {@code sources} are Java files compiled with the user profile (main class = first file's name). */
    public record Program(
            String name,
            List<String> sources,
            String elf,
            int priority,
            String placement,
            boolean serves,
            List<String> uses,
            String role,
            List<String> devices,
            boolean input,
            List<String> pages) {
        @JsonCreator
        static Program of(
                @JsonProperty(value = "name", required = true) String name,
                @JsonProperty("sources") List<String> sources,
                @JsonProperty("elf") String elf,
                @JsonProperty(value = "priority", required = true) Integer priority,
                @JsonProperty("placement") String placement,
                @JsonProperty("serves") boolean serves,
                @JsonProperty("uses") List<String> uses,
                @JsonProperty("role") String role,
                @JsonProperty("devices") List<String> devices,
                @JsonProperty("input") boolean input,
                @JsonProperty("pages") List<String> pages) {
            if (priority == null) throw new IllegalArgumentException("priority must be a number 0..15");
            return new Program(
                    name,
                    sources == null ? List.of() : List.copyOf(sources),
                    elf,
                    priority,
                    placement == null ? "user" : placement,
                    serves,
                    uses == null ? List.of() : List.copyOf(uses),
                    role,
                    devices == null ? List.of() : List.copyOf(devices),
                    input,
                    pages == null ? List.of() : List.copyOf(pages));
        }
    }

    @JsonCreator
    public Manifest(@JsonProperty(value = "programs", required = true) List<Program> programs) {
        this.programs = List.copyOf(programs);
    }

    public int indexOf(String name) {
        for (int i = 0; i < programs.size(); i++) if (programs.get(i).name().equals(name)) return i;
        return -1;
    }

    /** The system's shared pages, by name, in the order the manifest first names them (page k is kernel page k). */
    public List<String> pageNames() {
        List<String> names = new java.util.ArrayList<>();
        for (Program p : programs) {
            for (String page : p.pages()) if (!names.contains(page)) names.add(page);
        }
        return names;
    }

    /** The program with this role, or -1. */
    public int roleIndex(String role) {
        for (int i = 0; i < programs.size(); i++)
            if (role.equals(programs.get(i).role())) return i;
        return -1;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Parses and checks the manifest text; {@code file} is the name errors give. */
    public static Manifest parse(String text, String file) throws ManifestException {
        Manifest m;
        try {
            m = MAPPER.readValue(text, Manifest.class);
        } catch (JsonMappingException e) {
            throw new ManifestException(at(file, e.getLocation()) + path(e) + ": " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw new ManifestException(at(file, e.getLocation()) + " " + e.getOriginalMessage());
        }
        new Checker(m, file, lines(text)).check();
        return m;
    }

    private static String at(String file, JsonLocation l) {
        return l == null ? file + ":" : file + ":" + l.getLineNr() + ":" + l.getColumnNr() + ":";
    }

    private static String path(JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
            else b.append('[').append(r.getIndex()).append(']');
        }
        return b.length() == 0 ? "" : " " + b;
    }

    /** The line of each value by its JSON pointer ("/programs/2/priority"), from a streaming pass. */
    static Map<String, Integer> lines(String text) {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser p = MAPPER.getFactory().createParser(text)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                if (t == JsonToken.FIELD_NAME) continue;
                lines.putIfAbsent(
                        p.getParsingContext().pathAsPointer().toString(),
                        p.currentTokenLocation().getLineNr());
                if (t.isStructStart()) {
                    lines.putIfAbsent(
                            p.getParsingContext().pathAsPointer().toString(),
                            p.currentTokenLocation().getLineNr());
                }
            }
        } catch (IOException e) {
            // parse() already read the text through Jackson: it is well-formed
        }
        return lines;
    }

    /** The checks Jackson cannot make: names, ranges, references between programs, the kernel's limits. */
    private record Checker(Manifest m, String file, Map<String, Integer> lines) {
        void check() throws ManifestException {
            if (m.programs().isEmpty()) fail("/programs", "programs", "a system needs at least one program");
            if (m.programs().size() > UserImages.MAX_IMAGES) {
                fail("/programs", "programs", "at most " + UserImages.MAX_IMAGES + " programs");
            }
            Set<String> names = new HashSet<>();
            for (int i = 0; i < m.programs().size(); i++) {
                Program p = m.programs().get(i);
                String at = "/programs/" + i;
                String field = "programs[" + i + "]";
                if (!NAME.matcher(p.name()).matches()) {
                    fail(
                            at + "/name",
                            field + ".name",
                            "'" + p.name() + "' is not a name (a-z, 0-9, _ or -, at most 15, a letter first)");
                }
                if (!names.add(p.name()))
                    fail(at + "/name", field + ".name", "a second program named '" + p.name() + "'");
                checkProgram(p, at, field);
            }
            if (m.pageNames().size() > MAX_SHARED) {
                fail("/programs", "programs", "at most " + MAX_SHARED + " shared pages in a system");
            }
            for (int i = 0; i < m.programs().size(); i++)
                checkUses(m.programs().get(i), "/programs/" + i, "programs[" + i + "]");
        }

        private void checkProgram(Program p, String at, String field) throws ManifestException {
            if (p.priority() < 0 || p.priority() > 15)
                fail(at + "/priority", field + ".priority", "must be 0..15, not " + p.priority());
            if (!p.placement().equals("user") && !p.placement().equals("kernel")) {
                fail(at + "/placement", field + ".placement", "'" + p.placement() + "' is not user or kernel");
            }
            if (p.placement().equals("kernel") && Placements.whyNot(p) != null) {
                fail(
                        at + "/placement",
                        field + ".placement",
                        "'" + p.name() + "' cannot run in the kernel: " + Placements.whyNot(p));
            }
            if (p.sources().isEmpty() == (p.elf() == null)) fail(at, field, "give either \"sources\" or \"elf\"");
            for (int k = 0; k < p.sources().size(); k++) {
                if (!p.sources().get(k).endsWith(".java"))
                    fail(at + "/sources/" + k, field + ".sources[" + k + "]", "not a .java file");
            }
            if (p.role() != null && !ROLES.contains(p.role())) {
                fail(at + "/role", field + ".role", "'" + p.role() + "' is not a role (supervisor, names, console)");
            }
            if (p.role() != null && m.roleIndex(p.role()) != m.indexOf(p.name())) {
                fail(at + "/role", field + ".role", "a second program with role '" + p.role() + "'");
            }
            if (p.role() != null && !p.role().equals("supervisor") && !p.serves()) {
                fail(at + "/serves", field + ".serves", "a " + p.role() + " program must serve its endpoint");
            }
            checkPages(p, at, field);
            for (int k = 0; k < p.devices().size(); k++) {
                if (!DEVICES.contains(p.devices().get(k))) {
                    fail(
                            at + "/devices/" + k,
                            field + ".devices[" + k + "]",
                            "'" + p.devices().get(k) + "' is not a device (uart)");
                }
            }
        }

        private void checkPages(Program p, String at, String field) throws ManifestException {
            if (p.pages().size() > MAX_PAGES) fail(at + "/pages", field + ".pages", "at most " + MAX_PAGES + " pages");
            for (int k = 0; k < p.pages().size(); k++) {
                String page = p.pages().get(k);
                if (!NAME.matcher(page).matches()) {
                    fail(at + "/pages/" + k, field + ".pages[" + k + "]", "'" + page + "' is not a name");
                }
                if (p.pages().indexOf(page) != k) {
                    fail(at + "/pages/" + k, field + ".pages[" + k + "]", "'" + page + "' is named twice");
                }
            }
        }

        private void checkUses(Program p, String at, String field) throws ManifestException {
            for (int k = 0; k < p.uses().size(); k++) {
                String u = p.uses().get(k);
                int target = m.indexOf(u);
                if (target < 0) fail(at + "/uses/" + k, field + ".uses[" + k + "]", "no program named '" + u + "'");
                if (!m.programs().get(target).serves()) {
                    fail(at + "/uses/" + k, field + ".uses[" + k + "]", "'" + u + "' serves no endpoint");
                }
            }
            if (SystemImage.grants(m, m.indexOf(p.name())).size() > UserImages.MAX_GRANTS) {
                fail(at, field, "more than " + UserImages.MAX_GRANTS + " capabilities");
            }
        }

        private void fail(String pointer, String field, String message) throws ManifestException {
            Integer line = lines.get(pointer);
            for (String p = pointer; line == null && p.lastIndexOf('/') > 0; p = p.substring(0, p.lastIndexOf('/'))) {
                line = lines.get(p.substring(0, p.lastIndexOf('/')));
            }
            throw new ManifestException(file + ":" + (line == null ? 1 : line) + ": " + field + ": " + message);
        }
    }
}
