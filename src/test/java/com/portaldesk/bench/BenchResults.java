package com.portaldesk.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The run's figures: printed as they come, then written as target/bench/results.json and a readable table. */
final class BenchResults {
    private final List<Measure> measures = new ArrayList<>();

    void add(Measure measure) {
        measures.add(measure);
        System.out.println(line(measure));
    }

    void write(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<Map<String, Object>> json = new ArrayList<>();
        for (Measure m : measures) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", m.name());
            entry.put("unit", m.unit());
            entry.put("value", Double.isNaN(m.value()) ? null : round(m.value()));
            entry.put("baseline", m.baseline() == null ? null : round(m.baseline()));
            entry.put("ratio", m.ratio() == null ? null : round(m.ratio()));
            entry.put("target", m.target());
            entry.put("met", m.met());
            entry.put("note", m.note());
            json.add(entry);
        }
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(folder.resolve("results.json").toFile(), json);
        StringBuilder table = new StringBuilder(String.format(
                Locale.ROOT,
                "%-50s %14s %12s %7s  %-4s %s%n",
                "measure",
                "value",
                "baseline",
                "ratio",
                "met",
                "target"));
        measures.forEach(m -> table.append(line(m)).append(System.lineSeparator()));
        Files.writeString(folder.resolve("results.txt"), table);
        System.out.println();
        System.out.print(table);
        System.out.println("Written to " + folder.resolve("results.json"));
    }

    private static String line(Measure m) {
        String value = Double.isNaN(m.value()) ? "-" : String.format(Locale.ROOT, "%,.1f %s", m.value(), m.unit());
        String baseline = m.baseline() == null ? "-" : String.format(Locale.ROOT, "%,.1f", m.baseline());
        String ratio = m.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f", m.ratio());
        return String.format(
                Locale.ROOT,
                "%-50s %14s %12s %7s  %-4s %s%s",
                m.name(),
                value,
                baseline,
                ratio,
                m.met() ? "yes" : "NO",
                m.target(),
                m.note().isEmpty() ? "" : " (" + m.note() + ")");
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
