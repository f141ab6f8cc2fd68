package splot.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.neo4j.configuration.Config;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.SettingImpl;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.config.Setting;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import org.neo4j.kernel.impl.security.User;
import org.neo4j.logging.NullLogProvider;
import org.neo4j.memory.EmptyMemoryTracker;
import org.neo4j.server.security.SecureHasher;
import org.neo4j.server.security.SystemGraphCredential;
import org.neo4j.server.security.auth.CommunitySecurityModule;
import org.neo4j.server.security.auth.FileUserRepository;

/**
 * Starts Neo4j Community (embedded) with Bolt on 127.0.0.1 and APOC core loaded from a plugin
 * directory, for splot's local development and tests.
 *
 * <p>Configuration, each from a command-line option or else the environment (option wins):
 *
 * <pre>
 *   --port=N          NEO4J_PORT        Bolt port on 127.0.0.1            (7687)
 *   --data-dir=PATH   NEO4J_DATA_DIR    Neo4j home: data/ and logs/       (&lt;repo&gt;/.data/neo4j)
 *   --plugin-dir=PATH NEO4J_PLUGIN_DIR  APOC jars                         (neo4j/target/plugins)
 *   --pagecache=SIZE  NEO4J_PAGECACHE   page cache                        (256m)
 *   --tx-timeout=DUR  NEO4J_TX_TIMEOUT  transaction timeout               (30s)
 *   --exit-on-stdin-eof NEO4J_EXIT_ON_STDIN_EOF=1  stop when stdin closes (a parent process died)
 *                     SPLOT_NEO4J_PASSWORD  password of the user neo4j (required; never on the command line)
 * </pre>
 *
 * <p>Bolt requires that password, so no other local process can read or write around the API. It is
 * set before Bolt listens: a new database gets it as its initial password; an existing one that
 * never had it (no matching {@code bolt-auth-applied} marker) first starts without Bolt, the
 * password is set in the system database, Neo4j stops and starts again with Bolt. Neo4j's default
 * password is therefore never reachable over the network.
 *
 * <p>Protocol with a parent process: exactly one line {@code SPLOT_NEO4J_READY bolt://127.0.0.1:N}
 * on stdout once Bolt accepts connections; diagnostics go to stderr; Neo4j's own logs go to files
 * under {@code <data-dir>/logs}. Exit code 2 for bad configuration or a port in use, 1 when Neo4j
 * fails to start. SIGTERM/SIGINT shut the database down cleanly. Heap is set by the caller (-Xmx).
 */
public final class EmbeddedNeo4j {
    public static final String READY_PREFIX = "SPLOT_NEO4J_READY ";
    private static final String HOST = "127.0.0.1";
    private static final String BOLT_USER = "neo4j";
    private static final Duration DB_AVAILABLE_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration BOLT_CONNECT_TIMEOUT = Duration.ofSeconds(60);

    private EmbeddedNeo4j() {}

    public static void main(String[] args) {
        // Everything Neo4j or its libraries print goes to stderr; stdout carries only the READY line.
        PrintStream protocolOut = System.out;
        System.setOut(System.err);

        Map<String, String> options = parseArgs(args);
        int port;
        Path dataDir;
        Path pluginDir;
        long pageCache;
        Duration txTimeout;
        boolean exitOnStdinEof;
        try {
            Path launcherHome = launcherHome();
            port = parsePort(option(options, "port", "NEO4J_PORT", "7687"));
            String dataDirValue = option(options, "data-dir", "NEO4J_DATA_DIR", null);
            dataDir = dataDirValue != null
                    ? Path.of(dataDirValue)
                    : launcherHome.getParent().resolve(".data").resolve("neo4j");
            String pluginDirValue = option(options, "plugin-dir", "NEO4J_PLUGIN_DIR", null);
            pluginDir = pluginDirValue != null
                    ? Path.of(pluginDirValue)
                    : launcherHome.resolve("target").resolve("plugins");
            pageCache = parse(GraphDatabaseSettings.pagecache_memory,
                    option(options, "pagecache", "NEO4J_PAGECACHE", "256m"));
            txTimeout = parse(GraphDatabaseSettings.transaction_timeout,
                    option(options, "tx-timeout", "NEO4J_TX_TIMEOUT", "30s"));
            String eof = option(options, "exit-on-stdin-eof", "NEO4J_EXIT_ON_STDIN_EOF", "false");
            exitOnStdinEof = eof.equals("1") || eof.equalsIgnoreCase("true");
        } catch (IllegalArgumentException e) {
            fail(2, "invalid configuration: " + e.getMessage());
            return;
        }
        String password = System.getenv("SPLOT_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail(2, "SPLOT_NEO4J_PASSWORD must hold the Bolt password (at least 8 characters)");
            return;
        }
        dataDir = dataDir.toAbsolutePath().normalize();
        pluginDir = pluginDir.toAbsolutePath().normalize();

        if (!Files.isDirectory(pluginDir)) {
            fail(2, "plugin directory " + pluginDir + " does not exist (run: bash neo4j/build.sh)");
        }
        if (!apocOnClassPath(pluginDir)) {
            fail(2, "APOC jars are in " + pluginDir + " but not on the Java class path; add " + pluginDir
                    + "/* to -cp (APOC registers its extensions through ServiceLoader, which only sees the class"
                    + " path; its procedures are loaded from the plugin directory)");
        }
        if (!isPortFree(port)) {
            fail(2, "port " + port + " is already in use on " + HOST
                    + " (stop the other process or set NEO4J_PORT)");
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            fail(2, "cannot create data directory " + dataDir + ": " + e);
        }

        log("starting Neo4j (data " + dataDir + ", plugins " + pluginDir + ", bolt " + HOST + ":"
                + port + ")");
        long started = System.nanoTime();

        DatabaseManagementService managementService;
        try {
            Path marker = dataDir.resolve("bolt-auth-applied");
            String wanted = sha256(password);
            if (!Files.isRegularFile(marker) || !Files.readString(marker).trim().equals(wanted)) {
                if (!Files.isDirectory(dataDir.resolve("data").resolve("databases").resolve("system"))) {
                    // A new database: its user neo4j is created with this password (as
                    // `neo4j-admin dbms set-initial-password` does), before Bolt ever listens.
                    writeInitialPassword(dataDir, password);
                } else {
                    // An existing one (made before Bolt had a password, or a changed password):
                    // set it while Bolt is off. Slow (Cypher administration), done once.
                    log("setting the Bolt password (Bolt stays off meanwhile)");
                    DatabaseManagementService offline = build(dataDir, pluginDir, port, pageCache, txTimeout, false);
                    try {
                        offline.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                                "ALTER USER neo4j SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
                                Map.of("password", password), result -> null, Duration.ofMinutes(15));
                    } finally {
                        offline.shutdown();
                    }
                }
                Files.writeString(marker, wanted + "\n");
            }
            managementService = build(dataDir, pluginDir, port, pageCache, txTimeout, true);
        } catch (RuntimeException | IOException e) {
            e.printStackTrace();
            fail(1, "Neo4j failed to start: " + rootMessage(e) + " (logs in " + dataDir.resolve("logs")
                    + ")");
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log("shutting down Neo4j");
            try {
                managementService.shutdown();
                log("Neo4j stopped");
            } catch (RuntimeException e) {
                log("error during shutdown: " + rootMessage(e));
            } finally {
                stopped.countDown();
            }
        }, "splot-neo4j-shutdown"));

        GraphDatabaseService db = managementService.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        if (!db.isAvailable(DB_AVAILABLE_TIMEOUT.toMillis())) {
            fail(1, "database '" + GraphDatabaseSettings.DEFAULT_DATABASE_NAME + "' did not become available within "
                    + DB_AVAILABLE_TIMEOUT.toSeconds() + " s (logs in " + dataDir.resolve("logs") + ")");
        }
        if (!waitForBolt(port, BOLT_CONNECT_TIMEOUT)) {
            fail(1, "Bolt did not accept connections on " + HOST + ":" + port + " within "
                    + BOLT_CONNECT_TIMEOUT.toSeconds() + " s");
        }

        log(String.format(Locale.ROOT, "ready in %.1f s", (System.nanoTime() - started) / 1e9));
        protocolOut.println(READY_PREFIX + "bolt://" + HOST + ":" + port);
        protocolOut.flush();

        if (exitOnStdinEof) {
            Thread watcher = new Thread(EmbeddedNeo4j::exitOnStdinEof, "splot-neo4j-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }

        // Neo4j's threads keep the JVM alive; wait here until the shutdown hook has run.
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static DatabaseManagementService build(Path dataDir, Path pluginDir, int port, long pageCache,
            Duration txTimeout, boolean bolt) {
        return new DatabaseManagementServiceBuilder(dataDir)
                .setConfig(BoltConnector.enabled, bolt)
                .setConfig(BoltConnector.listen_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(HOST, port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.plugin_dir, pluginDir)
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                .setConfig(GraphDatabaseSettings.procedure_allowlist, List.of("*"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
                .setConfig(GraphDatabaseSettings.transaction_timeout, txTimeout)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Netty waits a 5 s quiet period per event loop group on shutdown (10 s in all);
                // connections are closed by then, so there is nothing to wait for.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
    }

    /** The initial user file Neo4j reads when it creates its system database. */
    private static void writeInitialPassword(Path dataDir, String password) {
        Config config = Config.newBuilder().set(GraphDatabaseSettings.neo4j_home, dataDir).build();
        Path file = CommunitySecurityModule.getInitialUserRepositoryFile(config);
        try (DefaultFileSystemAbstraction fs = new DefaultFileSystemAbstraction()) {
            if (fs.fileExists(file)) {
                fs.deleteFile(file);
            }
            FileUserRepository users = new FileUserRepository(fs, file, NullLogProvider.getInstance(),
                    EmptyMemoryTracker.INSTANCE);
            users.start();
            users.create(new User(BOLT_USER, null, SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new SecureHasher()), false, false));
            users.shutdown();
        } catch (Exception e) {
            throw new IllegalStateException("cannot write the initial password to " + file + ": " + e, e);
        }
    }

    /** The marker keeps a hash, never the password itself. */
    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void exitOnStdinEof() {
        try {
            InputStream in = System.in;
            byte[] buffer = new byte[256];
            while (in.read(buffer) >= 0) {
                // discard
            }
        } catch (IOException e) {
            // treat a broken stdin like EOF
        }
        log("stdin closed, stopping");
        System.exit(0);
    }

    /**
     * Neo4j loads procedures from plugin_dir, but extension factories (APOC's ApocConfig and friends)
     * only through ServiceLoader on the class path, as the Neo4j server does by putting plugins/* on
     * its class path. Without them every APOC procedure fails to compile at start.
     */
    private static boolean apocOnClassPath(Path pluginDir) {
        boolean apocInPluginDir;
        try (var files = Files.list(pluginDir)) {
            apocInPluginDir = files.anyMatch(f -> f.getFileName().toString().startsWith("apoc-"));
        } catch (IOException e) {
            apocInPluginDir = false;
        }
        if (!apocInPluginDir) {
            return true;
        }
        try {
            Class.forName("apoc.ApocConfig", false, EmbeddedNeo4j.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** True when nothing listens on HOST:port and we could bind it ourselves. */
    static boolean isPortFree(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, port), 500);
            return false; // someone is listening
        } catch (IOException expected) {
            // nothing listening: now make sure we can bind it
        }
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean waitForBolt(int port, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(HOST, port), 1000);
                return true;
            } catch (IOException e) {
                try {
                    TimeUnit.MILLISECONDS.sleep(100);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
        }
        return false;
    }

    /** The neo4j/ folder: this class runs from neo4j/target/classes. */
    private static Path launcherHome() {
        try {
            Path location = Path.of(EmbeddedNeo4j.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath()
                    .normalize();
            // .../neo4j/target/classes (or .../neo4j/target/x.jar) -> .../neo4j
            Path target = location.getParent();
            Path home = target == null ? null : target.getParent();
            if (home == null || home.getParent() == null) {
                throw new IllegalArgumentException("cannot locate the neo4j/ folder from " + location);
            }
            return home;
        } catch (URISyntaxException | SecurityException e) {
            throw new IllegalArgumentException("cannot locate the launcher: " + e.getMessage());
        }
    }

    private static Map<String, String> parseArgs(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                fail(2, "unexpected argument: " + arg);
            }
            String body = arg.substring(2);
            int eq = body.indexOf('=');
            if (eq >= 0) {
                options.put(body.substring(0, eq), body.substring(eq + 1));
            } else if (body.equals("exit-on-stdin-eof")) {
                options.put(body, "true");
            } else if (i + 1 < args.length) {
                options.put(body, args[++i]);
            } else {
                fail(2, "missing value for " + arg);
            }
        }
        for (String key : options.keySet()) {
            if (!List.of("port", "data-dir", "plugin-dir", "pagecache", "tx-timeout", "exit-on-stdin-eof")
                    .contains(key)) {
                fail(2, "unknown option --" + key);
            }
        }
        return options;
    }

    private static String option(Map<String, String> options, String name, String env, String fallback) {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port number: " + value);
        }
    }

    /** Parses a value with the setting's own parser ("256m", "30s", ...), so it reads like neo4j.conf. */
    @SuppressWarnings("unchecked")
    private static <T> T parse(Setting<T> setting, String value) {
        try {
            return ((SettingImpl<T>) setting).parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(setting.name() + ": " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void log(String message) {
        System.err.println("[splot-neo4j] " + message);
        System.err.flush();
    }

    private static void fail(int code, String message) {
        log("error: " + message);
        System.exit(code);
    }
}
