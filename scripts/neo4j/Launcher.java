import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.internal.kernel.api.connectioninfo.ClientConnectionInfo;
import org.neo4j.internal.kernel.api.security.AuthenticationResult;
import org.neo4j.internal.kernel.api.security.LoginContext;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.security.AuthManager;
import org.neo4j.kernel.api.security.AuthToken;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * A real Neo4j 5 Community server for machines without Docker: the embedded DBMS with the Bolt connector
 * on 127.0.0.1. It exists so that CI and laptops test against the same engine users run, not a mock.
 *
 * Arguments: HOME_DIR PORT PASSWORD [PAGECACHE_MB]. Prints "READY" once Bolt accepts connections and keeps
 * running until SIGTERM, when the shutdown hook closes the store cleanly.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        String password = args[2];
        long pageCacheMb = args.length > 3 ? Long.parseLong(args[3]) : 512;
        Files.createDirectories(home);

        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // no usage report to Neo4j: kg makes no call beyond loopback
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt's network threads wait out a quiet period of 5 s each at shutdown (10 s of a 12 s stop);
                // a stopped launcher has no client left to wait for.
                .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                .build();
        Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown));

        // A fresh store has user neo4j/neo4j with a forced change; set the wanted password once, up front,
        // so clients connect with the documented credentials and never meet the change-password prompt.
        // A restarted store already has it, and Neo4j refuses to "change" a password to itself. Asking the
        // auth manager first spares a restart the ALTER USER: the first Cypher of a cold JVM, 2.5 s of 5-8.
        if (!acceptsPassword(dbms, password)) {
            System.out.println("setting the password of user neo4j");
            try {
                dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
            } catch (QueryExecutionException e) {
                if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                    dbms.shutdown();
                    throw e;
                }
            }
        }

        System.out.println("READY bolt://127.0.0.1:" + port);
        System.out.flush();
        Thread.currentThread().join();
    }

    /** Whether user neo4j logs in with {@code password} and nothing more to do (no forced change). */
    private static boolean acceptsPassword(DatabaseManagementService dbms, String password) throws Exception {
        GraphDatabaseAPI system = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        AuthManager auth = system.getDependencyResolver().resolveDependency(AuthManager.class);
        LoginContext login = auth.login(AuthToken.newBasicAuthToken("neo4j", password),
                ClientConnectionInfo.EMBEDDED_CONNECTION);
        return login.subject().getAuthenticationResult() == AuthenticationResult.SUCCESS;
    }
}
