package com.portaldesk.report;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.portaldesk.app.AppContext;
import com.portaldesk.app.Opening;
import com.portaldesk.testutil.DirectExecutorService;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.PostgresAdmin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Tag;

/**
 * The same month and the same checks on a real PostgreSQL server (the grouped counts and the channel of each accepted
 * code are SQL of their own). .ci/run starts the server; without PORTALDESK_TEST_PG_URL these skip. Tagged postgres as
 * well as the db it inherits, so -DexcludedGroups=postgres leaves it out.
 */
@Tag("postgres")
class PostgresSafeguardsReportTest extends SafeguardsReportTest {
    private static final String DATABASE = "portaldesk_report_test";

    @Override
    AppContext open(Path dataDir, MutableClock time) throws Exception {
        Optional<PostgresAdmin> server = PostgresAdmin.fromEnvironment();
        assumeTrue(server.isPresent(), "PORTALDESK_TEST_PG_URL is not set; .ci/run sets it after starting PostgreSQL");
        server.get().freshDatabase(DATABASE);
        return AppContext.open(
                server.get().config(dataDir, DATABASE),
                Opening.program().at(time).deliveringOn(new DirectExecutorService(), Duration.ZERO));
    }
}
