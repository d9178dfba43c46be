import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Builds AdsDesk's trimmed runtime (jlink), app image and native installers (jpackage), all
 * described by jlink.json. Runs on Linux, Windows and macOS with a JDK 25 (no dependencies):
 *
 * <pre>
 *   java packaging/Package.java                  # mvn package, runtime, app image, AOT cache, installers
 *   java packaging/Package.java --types deb      # only the .deb (Linux: default is deb, and rpm if rpmbuild exists)
 *   java packaging/Package.java --app-image-only # stop after the app image
 *   java packaging/Package.java --skip-build --no-aot
 * </pre>
 *
 * Run it from the repository root. Outputs: target/package/{input,fxmods,runtime,image}, target/installers.
 */
public class Package {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path TARGET = ROOT.resolve("target");
    static final Path WORK = TARGET.resolve("package");
    static final Path INSTALLERS = TARGET.resolve("installers");
    static final String OS = detectOs();

    public static void main(String[] args) throws Exception {
        Options opt = Options.parse(args);
        if (!Files.isRegularFile(ROOT.resolve("jlink.json")) || !Files.isRegularFile(ROOT.resolve("pom.xml"))) {
            throw new IllegalStateException("run this from the repository root (where jlink.json and pom.xml are)");
        }
        if (Runtime.version().feature() < 25) {
            throw new IllegalStateException("needs JDK 25+ (java.home=" + System.getProperty("java.home") + ")");
        }
        Map<String, String> pom = pomProperties(ROOT.resolve("pom.xml"));
        Map<String, Object> cfg = resolve(Json.parse(Files.readString(ROOT.resolve("jlink.json"))), pom);
        App app = new App(cfg);
        long started = System.nanoTime();
        log("AdsDesk packaging: %s %s on %s, JDK %s", app.name, app.version, OS, Runtime.version());

        if (!opt.skipBuild) {
            mavenPackage();
        }
        stage(app);
        jlink(app);
        Path image = appImage(app);
        if (opt.aot && app.aot.bool("enabled")) {
            new AotTraining(app, image).run();
        }
        if (OS.equals("mac")) {
            adHocSign(image);
        }
        List<Path> installers = new ArrayList<>();
        if (!opt.appImageOnly) {
            deleteTree(INSTALLERS);
            for (String type : opt.types != null ? opt.types : app.defaultInstallerTypes()) {
                Path made = installer(app, image, type);
                if (type.equals("deb") && opt.aot && app.aot.bool("enabled")) {
                    keepJarTimes(made, image, app.linux.str("packageName"));
                }
                installers.add(made);
            }
        }

        log("Done in %d s", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
        System.out.printf("  app image  %-60s %s%n", ROOT.relativize(image), mb(sizeOf(image)));
        for (Path p : installers) {
            System.out.printf("  installer  %-60s %s%n", ROOT.relativize(p), mb(sizeOf(p)));
        }
    }

    // ---------------------------------------------------------------- steps

    static void mavenPackage() throws Exception {
        log("Maven: package (tests skipped)");
        String mvnw = OS.equals("windows") ? "mvnw.cmd" : "./mvnw";
        List<String> cmd = new ArrayList<>(OS.equals("windows")
                ? List.of("cmd", "/c", mvnw, "-q", "-B", "package", "-DskipTests")
                : List.of(mvnw, "-q", "-B", "package", "-DskipTests"));
        // The update check asks this repository's releases: ADSDESK_RELEASE_REPOSITORY, or the
        // repository a GitHub Actions run builds (GITHUB_REPOSITORY); none in a local build.
        String repository = Optional.ofNullable(System.getenv("ADSDESK_RELEASE_REPOSITORY"))
                .or(() -> Optional.ofNullable(System.getenv("GITHUB_REPOSITORY")))
                .filter(r -> !r.isBlank()).orElse(null);
        if (repository != null) {
            log("Update check: releases of %s", repository);
            cmd.add("-Dadsdesk.releaseRepository=" + repository);
        }
        Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));
        int rc = exec(cmd, env);
        if (rc != 0) {
            throw new IllegalStateException("Maven build failed (exit " + rc + ")");
        }
    }

    /** Splits target/lib: JavaFX platform jars (real modules) to fxmods for jlink, everything else to input (class path). */
    static void stage(App app) throws IOException {
        log("Staging jars: target/package/input (class path), target/package/fxmods (JavaFX modules for jlink)");
        Path mainJar = TARGET.resolve(app.mainJar);
        Path lib = TARGET.resolve("lib");
        if (!Files.isRegularFile(mainJar) || !Files.isDirectory(lib)) {
            throw new IllegalStateException("missing " + mainJar + " or " + lib + ": run without --skip-build");
        }
        deleteTree(WORK);
        Path input = Files.createDirectories(WORK.resolve("input"));
        Path fxmods = Files.createDirectories(WORK.resolve("fxmods"));
        Files.copy(mainJar, input.resolve(mainJar.getFileName()));
        int fx = 0;
        int cp = 0;
        try (Stream<Path> jars = Files.list(lib)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String file = jar.getFileName().toString();
                if (file.startsWith("javafx-")) {
                    // The classifier-less javafx-*.jar files are empty stubs (automatic modules); the
                    // javafx-*-<platform>.jar files are the real modules with their native libraries.
                    Optional<ModuleReference> module = ModuleFinder.of(jar).findAll().stream().findFirst();
                    if (module.isPresent() && !module.get().descriptor().isAutomatic()) {
                        Files.copy(jar, fxmods.resolve(file));
                        fx++;
                    }
                } else {
                    Files.copy(jar, input.resolve(file));
                    cp++;
                }
            }
        }
        if (fx == 0) {
            throw new IllegalStateException("no JavaFX platform jars (javafx-*-<platform>.jar) in " + lib);
        }
        System.out.printf("  %d class-path jars + %s, %d JavaFX module jars%n", cp, app.mainJar, fx);
    }

    static void jlink(App app) throws IOException {
        log("jlink: trimmed runtime in target/package/runtime");
        List<String> args = new ArrayList<>(List.of(
                "--module-path", WORK.resolve("fxmods").toString(),
                "--add-modules", String.join(",", app.runtime.strings("modules")),
                "--output", WORK.resolve("runtime").toString()));
        args.addAll(app.runtime.strings("jlinkOptions"));
        tool("jlink", args);
    }

    static Path appImage(App app) throws IOException {
        log("jpackage: app image in target/package/image");
        Path dest = WORK.resolve("image");
        List<String> args = new ArrayList<>(List.of("--type", "app-image", "--dest", dest.toString()));
        args.addAll(app.commonOptions());
        args.addAll(List.of(
                "--input", WORK.resolve("input").toString(),
                "--main-jar", app.mainJar,
                "--main-class", app.mainClass,
                "--runtime-image", WORK.resolve("runtime").toString()));
        for (String o : app.cfg.strings("jvmOptions")) {
            args.addAll(List.of("--java-options", o));
        }
        switch (OS) {
            case "windows" -> {
                String cli = app.windows.str("consoleLauncher");
                if (cli != null) {
                    // The main launcher is a GUI program without a console; this one prints the command line's output.
                    Path props = WORK.resolve(cli + ".properties");
                    Files.writeString(props, "win-console=true\nwin-shortcut=false\nwin-menu=false\n"
                            + "description=" + app.name + " command line\n");
                    args.addAll(List.of("--add-launcher", cli + "=" + props));
                }
            }
            case "mac" -> args.addAll(List.of(
                    "--mac-package-identifier", app.mac.str("bundleId"),
                    "--mac-package-name", app.mac.str("packageName"),
                    "--mac-app-category", app.mac.str("category")));
            default -> { }
        }
        tool("jpackage", args);
        return dest.resolve(OS.equals("mac") ? app.name + ".app" : app.name);
    }

    static Path installer(App app, Path image, String type) throws IOException {
        log("jpackage: %s installer in target/installers", type);
        Files.createDirectories(INSTALLERS);
        List<String> args = new ArrayList<>(List.of(
                "--type", type, "--app-image", image.toString(), "--dest", INSTALLERS.toString()));
        args.addAll(app.commonOptions());
        switch (OS) {
            case "linux" -> {
                Obj l = app.linux;
                args.addAll(List.of("--linux-package-name", l.str("packageName"),
                        "--linux-menu-group", l.str("menuGroup"),
                        // jpackage's automatic dependencies miss GTK: JavaFX's natives sit inside lib/modules.
                        "--linux-package-deps", l.str(type.equals("rpm") ? "rpmDependencies" : "debDependencies")));
                if (l.bool("shortcut")) {
                    args.add("--linux-shortcut");
                }
                Path resources = l.str("resourceDir") != null ? ROOT.resolve(l.str("resourceDir")) : null;
                if (type.equals("rpm") && app.aot.bool("enabled") && Files.isRegularFile(appDir(image).resolve(app.aot.str("cacheFile")))) {
                    resources = rpmResources(resources, image, l.str("packageName"));
                }
                if (resources != null) {
                    // postinst/prerm that don't fail where xdg-desktop-menu has no menu directory
                    args.addAll(List.of("--resource-dir", resources.toString()));
                }
                if (type.equals("deb")) {
                    args.addAll(List.of("--linux-deb-maintainer", l.str("debMaintainer")));
                } else if (type.equals("rpm")) {
                    args.addAll(List.of("--linux-rpm-license-type", l.str("rpmLicenseType")));
                }
            }
            case "windows" -> {
                Obj w = app.windows;
                args.addAll(List.of("--win-upgrade-uuid", w.str("upgradeUuid"), "--win-menu-group", w.str("menuGroup")));
                for (String flag : List.of("menu", "shortcut", "dirChooser", "perUserInstall")) {
                    if (w.bool(flag)) {
                        args.add("--win-" + flag.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT));
                    }
                }
            }
            case "mac" -> args.addAll(List.of("--mac-package-identifier", app.mac.str("bundleId")));
            default -> { }
        }
        tool("jpackage", args);
        Path made = newest(INSTALLERS, "." + type);
        if (made == null) {
            throw new IllegalStateException("jpackage made no " + type + " in " + INSTALLERS);
        }
        return made;
    }

    /**
     * The .rpm's resources: the given ones plus jpackage's own spec with one more %install step
     * that gives the packaged jars the image's times (rpm keeps the buildroot's times), because
     * the AOT cache only loads when each jar has the time it had at training.
     */
    static Path rpmResources(Path given, Path image, String packageName) throws IOException {
        Path dir = WORK.resolve("rpm-resources");
        deleteTree(dir);
        Files.createDirectories(dir);
        if (given != null) {
            try (Stream<Path> files = Files.list(given)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        Path template = java.nio.file.FileSystems.getFileSystem(java.net.URI.create("jrt:/"))
                .getPath("modules", "jdk.jpackage", "jdk/jpackage/internal/resources/template.spec");
        String spec = Files.readString(template);
        String copy = "cp -r %{_sourcedir}APPLICATION_DIRECTORY/* %{buildroot}APPLICATION_DIRECTORY\n";
        if (!spec.contains(copy)) {
            throw new IllegalStateException("jpackage's rpm spec has no line: " + copy.strip());
        }
        String times = "(cd '" + appDir(image) + "' && for jar in *.jar; do"
                + " touch -r \"$jar\" \"%{buildroot}APPLICATION_DIRECTORY/lib/app/$jar\"; done)\n";
        Files.writeString(dir.resolve(packageName + ".spec"), spec.replace(copy, copy + times));
        return dir;
    }

    /**
     * The AOT cache only loads when each class-path jar has the modification time it had at
     * training, but jpackage copies the app image into the package with new times. This puts the
     * image's jar times back into the .deb (unpack, set the times, repack with root ownership).
     */
    static void keepJarTimes(Path deb, Path image, String packageName) throws Exception {
        log("AOT: giving the jars in %s the times the AOT cache was trained with", deb.getFileName());
        Path dir = WORK.resolve("deb-repack");
        deleteTree(dir);
        if (exec(List.of("dpkg-deb", "-R", deb.toString(), dir.toString()), Map.of()) != 0) {
            throw new IllegalStateException("dpkg-deb -R failed for " + deb);
        }
        Path imageApp = appDir(image);
        Path debApp = dir.resolve("opt").resolve(packageName).resolve("lib/app");
        int n = 0;
        try (Stream<Path> jars = Files.list(imageApp)) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Path packaged = debApp.resolve(jar.getFileName());
                if (Files.isRegularFile(packaged)) {
                    Files.setLastModifiedTime(packaged, Files.getLastModifiedTime(jar));
                    n++;
                }
            }
        }
        if (n == 0) {
            throw new IllegalStateException("no jars under " + debApp + " in " + deb);
        }
        if (exec(List.of("dpkg-deb", "--root-owner-group", "-Zxz", "--build", dir.toString(), deb.toString()), Map.of()) != 0) {
            throw new IllegalStateException("dpkg-deb --build failed for " + deb);
        }
        deleteTree(dir);
        System.out.printf("  %d jars%n", n);
    }

    /**
     * Java 25 AOT cache inside the image: one training run of the real launcher with
     * -XX:AOTMode=record, then -XX:AOTMode=create, then -XX:AOTCache=$APPDIR/... for good.
     * (The one-step -XX:AOTCacheOutput needs bin/java, which --strip-native-commands removes.)
     * Options go into the launcher .cfg files because the launcher ignores JDK_JAVA_OPTIONS.
     */
    record AotTraining(App app, Path image) {
        void run() throws Exception {
            Path appDir = appDir(image);
            Path mainCfg = appDir.resolve(app.name + ".cfg");
            Path launcher = launcher(image, app.name);
            Path config = WORK.resolve("adsdesk.aotconf");
            String cacheFile = app.aot.str("cacheFile");
            Files.deleteIfExists(config);
            String original = Files.readString(mainCfg);

            Map<String, String> env = new LinkedHashMap<>();
            Path data = Files.createDirectories(WORK.resolve("aot-training-data"));
            env.put("ADSDESK_DATA_DIR", data.toString());
            Process xvfb = null;
            List<String> training = app.aot.strings("trainingArgs");
            if (OS.equals("linux") && isBlank(System.getenv("DISPLAY")) && isBlank(System.getenv("WAYLAND_DISPLAY"))) {
                if (onPath("Xvfb")) {
                    // -displayfd 1: Xvfb picks a free display number and prints it on stdout.
                    xvfb = new ProcessBuilder("Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
                            .redirectError(WORK.resolve("xvfb.log").toFile()).start();
                    String display = ":" + new java.io.BufferedReader(
                            new java.io.InputStreamReader(xvfb.getInputStream())).readLine().trim();
                    env.put("DISPLAY", display);
                    System.out.println("  no DISPLAY: training on Xvfb " + display);
                } else {
                    training = app.aot.strings("headlessTrainingArgs");
                    System.out.println("  no DISPLAY and no Xvfb: training with the headless command " + training);
                }
            }
            try {
                log("AOT 1/2: training run (%s, at most %d s)", String.join(" ", training), app.aot.integer("trainingSeconds"));
                Files.writeString(mainCfg, withJavaOptions(original,
                        List.of("-XX:AOTMode=record", "-XX:AOTConfiguration=" + config)));
                List<String> cmd = new ArrayList<>(List.of(launcher.toString()));
                cmd.addAll(training);
                long t0 = System.nanoTime();
                int rc = runTraining(cmd, env, app.aot.integer("trainingSeconds"));
                System.out.printf("  training ended after %.1f s (exit %d)%n", (System.nanoTime() - t0) / 1e9, rc);
                if (!Files.isRegularFile(config)) {
                    warn("no AOT configuration was recorded; the image ships without an AOT cache");
                    return;
                }
                log("AOT 2/2: creating $APPDIR/%s", cacheFile);
                Files.writeString(mainCfg, withJavaOptions(original, List.of("-XX:AOTMode=create",
                        "-XX:AOTConfiguration=" + config, "-XX:AOTCache=$APPDIR/" + cacheFile)));
                Process create = new ProcessBuilder(launcher.toString())
                        .redirectErrorStream(true).redirectOutput(WORK.resolve("aot-create.log").toFile()).start();
                rc = create.waitFor();
                if (rc != 0 || !Files.isRegularFile(appDir.resolve(cacheFile))) {
                    warn("AOT cache creation failed (exit " + rc + ", see target/package/aot-create.log)");
                    Files.deleteIfExists(appDir.resolve(cacheFile));
                    return;
                }
                System.out.printf("  %s: %s%n", cacheFile, mb(Files.size(appDir.resolve(cacheFile))));
            } finally {
                Files.writeString(mainCfg, original);
                if (xvfb != null) {
                    xvfb.destroy();
                }
            }
            List<String> use = new ArrayList<>(List.of("-XX:AOTCache=$APPDIR/" + cacheFile));
            use.addAll(app.aot.strings("runtimeOptions"));
            try (Stream<Path> cfgs = Files.list(appDir)) {
                for (Path cfg : cfgs.filter(p -> p.toString().endsWith(".cfg")).toList()) {
                    Files.writeString(cfg, withJavaOptions(Files.readString(cfg), use));
                }
            }
        }

        /** Runs the launcher; a GUI run still open after the time limit is asked to close (SIGTERM / WM_CLOSE). */
        static int runTraining(List<String> cmd, Map<String, String> env, int seconds) throws Exception {
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(WORK.resolve("aot-training.log").toFile());
            pb.environment().putAll(env);
            Process p = pb.start();
            if (p.waitFor(seconds, TimeUnit.SECONDS)) {
                return p.exitValue();
            }
            if (OS.equals("windows")) {
                new ProcessBuilder("taskkill", "/PID", Long.toString(p.pid())).inheritIO().start().waitFor();
            } else {
                p.destroy(); // SIGTERM: the JVM shuts down normally and writes the AOT configuration
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return -1;
            }
            return p.exitValue();
        }

        /** Adds java-options lines at the top of the [JavaOptions] section of a launcher .cfg. */
        static String withJavaOptions(String cfg, List<String> options) {
            StringBuilder lines = new StringBuilder();
            for (String o : options) {
                lines.append("java-options=").append(o).append(System.lineSeparator());
            }
            int at = cfg.indexOf("[JavaOptions]");
            if (at < 0) {
                return cfg + System.lineSeparator() + "[JavaOptions]" + System.lineSeparator() + lines;
            }
            int eol = cfg.indexOf('\n', at) + 1;
            return cfg.substring(0, eol) + lines + cfg.substring(eol);
        }
    }

    /** Modifying the .cfg and adding the AOT cache invalidates jpackage's ad-hoc signature of the bundle. */
    static void adHocSign(Path app) throws Exception {
        if (onPath("codesign")) {
            log("codesign: ad-hoc signature for %s", app.getFileName());
            exec(List.of("codesign", "--force", "--deep", "--sign", "-", app.toString()), Map.of());
        }
    }

    // ---------------------------------------------------------------- the app description

    static final class App {
        final Obj cfg;
        final String name;
        final String version;
        final String mainJar;
        final String mainClass;
        final Obj runtime;
        final Obj aot;
        final Obj linux;
        final Obj windows;
        final Obj mac;

        App(Map<String, Object> json) {
            cfg = new Obj(json, "jlink.json");
            name = cfg.str("name");
            version = cfg.str("version");
            mainJar = cfg.str("mainJar");
            mainClass = cfg.str("mainClass");
            runtime = cfg.obj("runtime");
            aot = cfg.obj("aot");
            linux = cfg.obj("linux");
            windows = cfg.obj("windows");
            mac = cfg.obj("mac");
            if (!version.matches("\\d+(\\.\\d+){0,2}")) {
                throw new IllegalStateException("version must be numeric (MSI/DMG need it): " + version);
            }
        }

        List<String> commonOptions() {
            return List.of("--name", name, "--app-version", version, "--vendor", cfg.str("vendor"),
                    "--description", cfg.str("description"), "--copyright", cfg.str("copyright"),
                    "--icon", ROOT.resolve(cfg.obj("icons").str(OS)).toString());
        }

        List<String> defaultInstallerTypes() {
            List<String> types = new ArrayList<>(cfg.obj(OS).strings("installerTypes"));
            if (OS.equals("linux") && !onPath("rpmbuild")) {
                types.remove("rpm");
            }
            if (OS.equals("linux") && !onPath("dpkg-deb")) {
                types.remove("deb");
            }
            return types;
        }
    }

    /** A JSON object with typed getters that say which key is missing. */
    record Obj(Map<String, Object> map, String where) {
        Object get(String key) {
            Object v = map.get(key);
            if (v == null) {
                throw new IllegalStateException(where + ": missing \"" + key + "\"");
            }
            return v;
        }

        String str(String key) {
            Object v = map.get(key);
            return v == null ? null : v.toString();
        }

        boolean bool(String key) {
            return Boolean.TRUE.equals(map.get(key));
        }

        int integer(String key) {
            return ((Number) get(key)).intValue();
        }

        @SuppressWarnings("unchecked")
        Obj obj(String key) {
            return new Obj((Map<String, Object>) get(key), where + "." + key);
        }

        List<String> strings(String key) {
            return ((List<?>) get(key)).stream().map(Object::toString).toList();
        }
    }

    // ---------------------------------------------------------------- pom.xml and ${...}

    /** project.version, project.artifactId and every &lt;properties&gt; entry of the POM. */
    static Map<String, String> pomProperties(Path pom) throws Exception {
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
        Map<String, String> props = new LinkedHashMap<>();
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                switch (e.getTagName()) {
                    case "version", "artifactId", "groupId", "name" ->
                            props.put("project." + e.getTagName(), e.getTextContent().trim());
                    case "properties" -> {
                        for (Node p = e.getFirstChild(); p != null; p = p.getNextSibling()) {
                            if (p instanceof Element pe) {
                                props.put(pe.getTagName(), pe.getTextContent().trim());
                            }
                        }
                    }
                    default -> { }
                }
            }
        }
        return props;
    }

    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}]+)}");

    @SuppressWarnings("unchecked")
    static <T> T resolve(T value, Map<String, String> props) {
        if (value instanceof String s) {
            Matcher m = PLACEHOLDER.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String v = props.get(m.group(1));
                if (v == null) {
                    throw new IllegalStateException("jlink.json: ${" + m.group(1) + "} is not a pom.xml property");
                }
                m.appendReplacement(out, Matcher.quoteReplacement(resolve(v, props)));
            }
            m.appendTail(out);
            return (T) out.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put((String) k, ((String) k).startsWith("$") ? v : resolve(v, props))); // "$comment"s stay as written
            return (T) out;
        }
        if (value instanceof List<?> list) {
            return (T) list.stream().map(v -> resolve(v, props)).toList();
        }
        return value;
    }

    // ---------------------------------------------------------------- a small JSON reader

    /** Just enough JSON: objects (ordered), arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        @SuppressWarnings("unchecked")
        static Map<String, Object> parse(String text) {
            Json p = new Json(text);
            Object v = p.value();
            p.ws();
            if (p.i != text.length()) {
                throw p.error("trailing text");
            }
            return (Map<String, Object>) v;
        }

        private Object value() {
            ws();
            if (i >= s.length()) {
                throw error("unexpected end");
            }
            char c = s.charAt(i);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> m = new LinkedHashMap<>();
            i++;
            ws();
            if (peek('}')) {
                return m;
            }
            do {
                ws();
                String key = string();
                ws();
                expect(':');
                m.put(key, value());
                ws();
            } while (peek(','));
            expect('}');
            return m;
        }

        private List<Object> array() {
            List<Object> l = new ArrayList<>();
            i++;
            ws();
            if (peek(']')) {
                return l;
            }
            do {
                l.add(value());
                ws();
            } while (peek(','));
            expect(']');
            return l;
        }

        private String string() {
            expect('"');
            StringBuilder b = new StringBuilder();
            while (true) {
                if (i >= s.length()) {
                    throw error("unterminated string");
                }
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e); // \" \\ \/
                }
            }
        }

        private Object number() {
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            if (start == i) {
                throw error("unexpected character '" + s.charAt(i) + "'");
            }
            String n = s.substring(start, i);
            return n.matches("-?\\d+") ? (Object) Long.parseLong(n) : (Object) Double.parseDouble(n);
        }

        private Object literal(String word, Object v) {
            if (!s.startsWith(word, i)) {
                throw error("expected " + word);
            }
            i += word.length();
            return v;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private boolean peek(char c) {
            if (i < s.length() && s.charAt(i) == c) {
                i++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
        }

        private IllegalStateException error(String what) {
            int line = (int) s.substring(0, Math.min(i, s.length())).chars().filter(ch -> ch == '\n').count() + 1;
            return new IllegalStateException("jlink.json line " + line + ": " + what);
        }
    }

    // ---------------------------------------------------------------- helpers

    record Options(boolean skipBuild, boolean appImageOnly, boolean aot, List<String> types) {
        static Options parse(String[] args) {
            boolean skip = false;
            boolean imageOnly = false;
            boolean aot = true;
            List<String> types = null;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--skip-build" -> skip = true;
                    case "--app-image-only" -> imageOnly = true;
                    case "--no-aot" -> aot = false;
                    case "--types" -> types = List.of(args[++i].split(","));
                    default -> {
                        System.err.println("usage: java packaging/Package.java [--skip-build] [--no-aot] "
                                + "[--app-image-only | --types deb,rpm,msi,exe,dmg,pkg]");
                        System.exit(2);
                    }
                }
            }
            return new Options(skip, imageOnly, aot, types);
        }
    }

    static String detectOs() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        return os.contains("win") ? "windows" : os.contains("mac") ? "mac" : "linux";
    }

    /** The directory holding the launcher .cfg files ($APPDIR). */
    static Path appDir(Path image) {
        return switch (OS) {
            case "mac" -> image.resolve("Contents/app");
            case "windows" -> image.resolve("app");
            default -> image.resolve("lib/app");
        };
    }

    static Path launcher(Path image, String name) {
        return switch (OS) {
            case "mac" -> image.resolve("Contents/MacOS/" + name);
            case "windows" -> image.resolve(name + ".exe");
            default -> image.resolve("bin/" + name);
        };
    }

    static void tool(String name, List<String> args) {
        System.out.println("  $ " + name + " " + String.join(" ", args.stream().map(Package::quote).toList()));
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(() -> new IllegalStateException(name + " is not in this JDK"));
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        int rc = tool.run(out, err, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException(name + " failed (exit " + rc + ")");
        }
    }

    static int exec(List<String> cmd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().putAll(env);
        return pb.start().waitFor();
    }

    static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            for (String ext : OS.equals("windows") ? List.of(".exe", ".cmd", ".bat", "") : List.of("")) {
                if (Files.isExecutable(Path.of(dir, program + ext))) {
                    return true;
                }
            }
        }
        return false;
    }

    static Path newest(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(suffix))
                    .max(Comparator.comparing(p -> p.toFile().lastModified())).orElse(null);
        }
    }

    static long sizeOf(Path p) throws IOException {
        if (Files.isRegularFile(p)) {
            return Files.size(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static String quote(String s) {
        return s.isEmpty() || s.matches(".*[\\s\"'$].*") ? "'" + s + "'" : s;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    static void log(String fmt, Object... args) {
        System.out.println("==> " + String.format(fmt, args));
    }

    static void warn(String msg) {
        System.out.println("WARNING: " + msg);
    }
}
