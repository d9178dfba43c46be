package io.adsdesk.registry;

import io.adsdesk.model.Business;
import io.adsdesk.model.FeePeriod;
import io.adsdesk.model.FutureBudgetChange;
import io.adsdesk.model.PageUpgradeInfo;
import io.adsdesk.model.Program;
import io.adsdesk.model.ProgramBusiness;
import io.adsdesk.model.ProgramIssue;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A compact binary copy of a registry's contents beside its database, tagged with the
 * {@link ContentsStamp} it was read at. Opening a large account reads this file instead of running
 * the database's bulk queries (see docs/performance.md). It is only ever a cache: a missing, unreadable, truncated or stale file is
 * ignored and rebuilt from the database. Repeated strings (types, business IDs, features) are
 * stored once and shared when read, which also keeps the loaded contents small in memory. One
 * process at a time has a registry open (the database's file lock) and writes within it are
 * serialized, so the file has one writer at a time.
 */
final class ContentsCache {
    static final String FILE_NAME = "contents.cache";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ContentsCache.class);
    private static final int MAGIC = 0x41444331; // "ADC1"
    private static final int FORMAT = 3;
    /** Enough of the file for its header: magic, format, and a stamp (a UUID) with its length. */
    private static final int HEADER_BYTES = 12 + 64;
    private static final int NULL = -1;
    private static final int NEW = -2;
    private static final int NO_DATE = Integer.MIN_VALUE;
    private static final FeePeriod[] FEE_PERIODS = FeePeriod.values();
    private static final ProgramIssue.Kind[] ISSUE_KINDS = ProgramIssue.Kind.values();

    private final Path file;

    ContentsCache(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** The cached contents, whatever their stamp; empty when there is no usable file. */
    Optional<RegistryContents> read() {
        try {
            // One read, then plain array access: several times faster than a stream per field on a cold JVM.
            return Optional.of(new Reader(ByteBuffer.wrap(Files.readAllBytes(file))).contents());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Ignoring the contents cache {}: {}", file, e.toString());
            return Optional.empty();
        }
    }

    /** The stamp the file was written at, read from its header only; empty when there is no usable file. */
    Optional<String> stamp() {
        try (var in = Files.newInputStream(file)) {
            return Optional.of(new Reader(ByteBuffer.wrap(in.readNBytes(HEADER_BYTES))).header());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Replaces the file atomically; a failure only costs the next start some time. */
    synchronized void write(RegistryContents contents) {
        Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
        try {
            try (OutputStream raw = Files.newOutputStream(tmp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(raw, 1 << 16))) {
                new Writer(out).write(contents);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not write the contents cache {}: {}", file, e.toString());
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // nothing more to do: the cache is optional
            }
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the contents cache {}: {}", file, e.toString());
        }
    }

    private static final class Writer {
        private final DataOutputStream out;
        private final Map<String, Integer> known = new HashMap<>();

        Writer(DataOutputStream out) {
            this.out = out;
        }

        void write(RegistryContents c) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
            utf(c.stamp());
            out.writeInt(c.programs().size());
            for (Program p : c.programs()) {
                program(p);
            }
            out.writeInt(c.businesses().size());
            for (Business b : c.businesses()) {
                text(b.yelpBusinessId());
                text(b.name());
                text(b.partnerBusinessId());
                text(b.city());
                out.writeBoolean(b.closed());
                out.writeBoolean(b.removedFromSearch());
                out.writeBoolean(b.refreshedAt() != null);
                if (b.refreshedAt() != null) {
                    out.writeLong(b.refreshedAt().getEpochSecond());
                    out.writeInt(b.refreshedAt().getNano());
                }
            }
            out.writeInt(MAGIC);
        }

        private void program(Program p) throws IOException {
            utf(p.programId());
            text(p.programType());
            date(p.startDate());
            date(p.endDate());
            out.writeBoolean(p.active());
            out.writeBoolean(p.paused());
            nullableLong(p.budgetCents());
            nullableLong(p.maxBidCents());
            text(p.currency());
            out.writeByte(p.autobid() == null ? 2 : p.autobid() ? 1 : 0);
            out.writeByte(p.feePeriod() == null ? -1 : p.feePeriod().ordinal());
            out.writeLong(p.billedImpressions());
            out.writeLong(p.billedClicks());
            nullableLong(p.adCostCents());
            out.writeInt(p.businesses().size());
            for (ProgramBusiness b : p.businesses()) {
                text(b.yelpBusinessId());
                text(b.partnerBusinessId());
            }
            texts(p.adCategories());
            texts(p.activeFeatures());
            texts(p.availableFeatures());
            out.writeInt(p.futureBudgetChanges().size());
            for (FutureBudgetChange f : p.futureBudgetChanges()) {
                out.writeLong(f.newBudgetCents());
                date(f.startDate());
                nullableLong(f.oldBudgetCents());
            }
            PageUpgradeInfo page = p.pageUpgradeInfo();
            out.writeBoolean(page != null);
            if (page != null) {
                text(page.monthlyRate() == null ? null : page.monthlyRate().toString());
                text(page.cost() == null ? null : page.cost().toString());
            }
            ProgramIssue issue = p.issue();
            out.writeBoolean(issue != null);
            if (issue != null) {
                out.writeByte(issue.kind().ordinal());
                utf(issue.reason());
                out.writeBoolean(issue.rawJson() != null);
                if (issue.rawJson() != null) {
                    utf(issue.rawJson());
                }
            }
        }

        private void text(String s) throws IOException {
            if (s == null) {
                out.writeInt(NULL);
                return;
            }
            Integer index = known.get(s);
            if (index != null) {
                out.writeInt(index);
            } else {
                known.put(s, known.size());
                out.writeInt(NEW);
                utf(s);
            }
        }

        private void utf(String s) throws IOException {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            out.writeInt(bytes.length);
            out.write(bytes);
        }

        private void texts(List<String> values) throws IOException {
            out.writeInt(values.size());
            for (String v : values) {
                text(v);
            }
        }

        private void date(LocalDate d) throws IOException {
            out.writeInt(d == null ? NO_DATE : Math.toIntExact(d.toEpochDay()));
        }

        private void nullableLong(Long v) throws IOException {
            out.writeBoolean(v != null);
            if (v != null) {
                out.writeLong(v);
            }
        }
    }

    private static final class Reader {
        private final ByteBuffer in;
        private final List<String> known = new ArrayList<>();
        private final Map<Integer, LocalDate> dates = new HashMap<>();
        /**
         * Values that repeat across programs (amounts, business links, category and feature lists,
         * page prices), one object each: 100,000 programs hold a few thousand distinct ones, and the
         * copies were a tenth of the heap the first screen keeps. All of them are immutable.
         */
        private final Map<Object, Object> shared = new HashMap<>();

        Reader(ByteBuffer in) {
            this.in = in;
        }

        /** Checks magic and format; returns the stamp. */
        String header() throws IOException {
            if (in.getInt() != MAGIC || in.getInt() != FORMAT) {
                throw new IOException("not a contents cache of this version");
            }
            return utf();
        }

        RegistryContents contents() throws IOException {
            String stamp = header();
            int programCount = in.getInt();
            List<Program> programs = new ArrayList<>(programCount);
            for (int i = 0; i < programCount; i++) {
                programs.add(program());
            }
            int businessCount = in.getInt();
            List<Business> businesses = new ArrayList<>(businessCount);
            for (int i = 0; i < businessCount; i++) {
                String id = text();
                String name = text();
                String partner = text();
                String city = text();
                boolean closed = bool();
                boolean removed = bool();
                Instant refreshed = bool() ? Instant.ofEpochSecond(in.getLong(), in.getInt()) : null;
                businesses.add(new Business(id, name, partner, city, closed, removed, refreshed));
            }
            if (in.getInt() != MAGIC || in.hasRemaining()) {
                throw new IOException("the contents cache is truncated");
            }
            return new RegistryContents(stamp, programs, businesses);
        }

        private Program program() {
            String id = utf();
            String type = text();
            LocalDate start = date();
            LocalDate end = date();
            boolean active = bool();
            boolean paused = bool();
            Long budget = nullableLong();
            Long maxBid = nullableLong();
            String currency = text();
            byte autobidCode = in.get();
            Boolean autobid = autobidCode == 2 ? null : autobidCode == 1;
            byte fee = in.get();
            long impressions = in.getLong();
            long clicks = in.getLong();
            Long adCost = nullableLong();
            ProgramBusiness[] links = new ProgramBusiness[in.getInt()];
            for (int i = 0; i < links.length; i++) {
                links[i] = shared(new ProgramBusiness(text(), text()));
            }
            List<String> categories = texts();
            List<String> activeFeatures = texts();
            List<String> availableFeatures = texts();
            FutureBudgetChange[] changes = new FutureBudgetChange[in.getInt()];
            for (int i = 0; i < changes.length; i++) {
                changes[i] = new FutureBudgetChange(in.getLong(), date(), nullableLong());
            }
            PageUpgradeInfo page = null;
            if (bool()) {
                String rate = text();
                String cost = text();
                page = (PageUpgradeInfo) shared.computeIfAbsent(new PageKey(rate, cost), k -> new PageUpgradeInfo(
                        rate == null ? null : new BigDecimal(rate), cost == null ? null : new BigDecimal(cost)));
            }
            ProgramIssue issue = null;
            if (bool()) {
                ProgramIssue.Kind kind = ISSUE_KINDS[in.get()];
                String reason = utf();
                issue = new ProgramIssue(kind, reason, bool() ? utf() : null);
            }
            return new Program(id, type, start, end, active, paused, budget, maxBid, currency, autobid,
                    fee < 0 ? null : FEE_PERIODS[fee], impressions, clicks, adCost, shared(List.of(links)),
                    categories, activeFeatures, availableFeatures, List.of(changes), page, issue);
        }

        /** The page prices as written (text), the key of the one {@link PageUpgradeInfo} made for them. */
        private record PageKey(String rate, String cost) {
        }

        @SuppressWarnings("unchecked")
        private <T> T shared(T value) {
            Object known = shared.putIfAbsent(value, value);
            return known == null ? value : (T) known;
        }


        private String utf() {
            int length = in.getInt();
            String s = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
            in.position(in.position() + length);
            return s;
        }

        private boolean bool() {
            return in.get() != 0;
        }

        private String text() {
            int code = in.getInt();
            if (code == NULL) {
                return null;
            }
            if (code == NEW) {
                String s = utf();
                known.add(s);
                return s;
            }
            return known.get(code);
        }

        /** Immutable already, so the program keeps it without copying. */
        private List<String> texts() {
            String[] values = new String[in.getInt()];
            for (int i = 0; i < values.length; i++) {
                values[i] = text();
            }
            return values.length == 0 ? List.of() : shared(List.of(values));
        }

        /** Dates repeat across programs: one object per day. */
        private LocalDate date() {
            int day = in.getInt();
            return day == NO_DATE ? null : dates.computeIfAbsent(day, LocalDate::ofEpochDay);
        }

        private Long nullableLong() {
            return bool() ? shared(in.getLong()) : null;
        }
    }
}
