package com.portaldesk.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Tag("plain")
class AppConfigTest {
    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        return Files.writeString(dir.resolve("config.properties"), text);
    }

    @Test
    void defaults_needNothingSet() {
        AppConfig config = AppConfig.load(null, Map.of("APPDATA", "x"), Map.of());
        assertThat(config.dbUrl()).isEmpty();
        assertThat(config.phoneDefaultRegion()).isEqualTo("US");
        assertThat(config.dbPoolSize()).isEqualTo(4);
        assertThat(config.theme()).isEqualTo("light");
    }

    @Test
    void unknownKey_stopsStartUpNamingIt() throws Exception {
        assertThatThrownBy(() -> AppConfig.load(file("data.dri=/tmp\n"), Map.of(), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("Unknown key 'data.dri'")
                .hasMessageContaining("data.dir");
    }

    @Test
    void badValues_stopStartUpNamingKeyAndAcceptedValues() throws Exception {
        assertThatThrownBy(() -> AppConfig.load(file("db.pool-size=lots\n"), Map.of(), Map.of()))
                .hasMessageContaining("'db.pool-size'")
                .hasMessageContaining("1 to 32");
        assertThatThrownBy(() -> AppConfig.load(file("phone.default-region=XX\n"), Map.of(), Map.of()))
                .hasMessageContaining("'phone.default-region'")
                .hasMessageContaining("two-letter");
        assertThatThrownBy(() -> AppConfig.load(file("db.url=jdbc:mysql://x\n"), Map.of(), Map.of()))
                .hasMessageContaining("'db.url'");
        assertThatThrownBy(() -> AppConfig.load(file("ui.theme=purple\n"), Map.of(), Map.of()))
                .hasMessageContaining("light or dark");
    }

    @Test
    void badValue_fromTheEnvironment_isReportedWithoutTheValue() throws Exception {
        Path config = file("sms.provider=twilio\ntwilio.account-sid=${env:TWILIO_SID}\n"
                + "twilio.auth-token=${env:TWILIO_TOKEN}\ntwilio.from-number=+14155550100\n");
        assertThatThrownBy(() ->
                        AppConfig.load(config, Map.of("TWILIO_SID", "s3cr3tTok3nValue", "TWILIO_TOKEN", "x"), Map.of()))
                .hasMessageContaining("'twilio.account-sid'")
                .hasMessageContaining("comes from the environment")
                .hasMessageNotContaining("s3cr3tTok3nValue");
    }

    @Test
    void badSecret_isNeverShown() throws Exception {
        Path config = file("sms.provider=twilio\ntwilio.account-sid=AC" + "0".repeat(32) + "\n"
                + "twilio.auth-token=${env:TOKEN}\ntwilio.from-number=not-a-number\n");
        assertThatThrownBy(() -> AppConfig.load(config, Map.of("TOKEN", "tok3n-from-env"), Map.of()))
                .hasMessageContaining("'not-a-number'")
                .hasMessageNotContaining("tok3n-from-env");
        ConfigException pool = Assertions.assertThrows(
                ConfigException.class,
                () -> AppConfig.load(file("db.password=pa55word\ndb.pool-size=0\n"), Map.of(), Map.of()));
        assertThat(pool.getMessage()).doesNotContain("pa55word");
        assertThat(AppConfig.load(file("db.password=pa55word\n"), Map.of(), Map.of())
                        .shown(ConfigKey.DB_PASSWORD))
                .doesNotContain("pa55word")
                .contains("a secret");
    }

    @ParameterizedTest
    @EnumSource(
            value = ConfigKey.class,
            names = {
                "TWILIO_AUTH_TOKEN",
                "TWILIO_API_KEY_SECRET",
                "SMTP_PASSWORD",
                "M365_CLIENT_SECRET",
                "M365_CERTIFICATE_PASSWORD"
            })
    void aDeliverySecretWrittenOutInTheFile_isRefused_namingWhereItMayLiveInstead(ConfigKey secret) throws Exception {
        ConfigException refused = Assertions.assertThrows(
                ConfigException.class,
                () -> AppConfig.load(file(secret.key() + "= s3cret-in-the-file \n"), Map.of(), Map.of()));
        assertThat(refused.getMessage())
                .contains(secret.key() + " written out", "Delivery settings", secret.key() + "=${env:NAME}")
                .doesNotContain("s3cret-in-the-file");
        assertThat(refused.key()).contains(secret);
        Path machine = Files.writeString(dir.resolve("machine.properties"), secret.key() + "=s3cret\n");
        assertThatThrownBy(
                        () -> AppConfig.load(null, Map.of("PORTALDESK_MACHINE_CONFIG", machine.toString()), Map.of()))
                .as("the machine-wide file too")
                .hasMessageContaining(secret.key() + " written out");
        assertThat(AppConfig.load(file(secret.key() + "=${env:THE_SECRET}\n"), Map.of("THE_SECRET", "s3cret"), Map.of())
                        .get(secret))
                .as("from the environment")
                .isEqualTo("s3cret");
        assertThat(AppConfig.load(file(secret.key() + "=\n"), Map.of(), Map.of())
                        .get(secret))
                .isEmpty();
        assertThat(AppConfig.load(null, Map.of(secret.environmentName(), "s3cret"), Map.of())
                        .get(secret))
                .as("its own environment variable")
                .isEqualTo("s3cret");
    }

    @Test
    void twilioBaseUrl_mustBeHttps_unlessOnThisComputer() throws Exception {
        String twilio = "sms.provider=twilio\ntwilio.account-sid=AC" + "0".repeat(32) + "\n"
                + "twilio.auth-token=${env:T}\ntwilio.from-number=+14155550100\n";
        assertThatThrownBy(() -> AppConfig.load(
                        file(twilio + "twilio.api-base-url=http://proxy.example.com\n"), Map.of("T", "t"), Map.of()))
                .hasMessageContaining("twilio.api-base-url")
                .hasMessageContaining("use https");
        assertThat(AppConfig.load(
                                file(twilio + "twilio.api-base-url=http://127.0.0.1:8080\n"),
                                Map.of("T", "t"),
                                Map.of())
                        .twilio())
                .isPresent();
        assertThat(AppConfig.load(
                                file(twilio + "twilio.api-base-url=https://proxy.example.com\n"),
                                Map.of("T", "t"),
                                Map.of())
                        .twilio())
                .isPresent();
    }

    @Test
    void aMachineWideFileThisAccountMayNotRead_saysSo() throws Exception {
        // root reads every file, so only an ordinary account can see this refusal (a developer's, not CI's root).
        Assumptions.assumeFalse("root".equals(System.getProperty("user.name")));
        Path machine = Files.writeString(dir.resolve("machine.properties"), "ui.theme=dark\n");
        Files.setPosixFilePermissions(machine, PosixFilePermissions.fromString("---------"));
        assertThatThrownBy(
                        () -> AppConfig.load(null, Map.of("PORTALDESK_MACHINE_CONFIG", machine.toString()), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("may not read the configuration file");
    }

    @Test
    void machineWideFile_isReadBeforeTheUsersFile() throws Exception {
        Path machine = Files.writeString(
                dir.resolve("machine.properties"), "db.url=jdbc:postgresql://db.firm.lan/portaldesk\nui.theme=dark\n");
        Path user = file("ui.theme=light\n");
        AppConfig config = AppConfig.load(user, Map.of("PORTALDESK_MACHINE_CONFIG", machine.toString()), Map.of());
        assertThat(config.dbUrl()).isEqualTo("jdbc:postgresql://db.firm.lan/portaldesk");
        assertThat(config.theme()).as("the user's file wins over the machine's").isEqualTo("light");
        assertThat(AppConfig.load(null, Map.of("PORTALDESK_MACHINE_CONFIG", machine.toString()), Map.of())
                        .theme())
                .isEqualTo("dark");
        assertThat(DataFolders.defaultMachineConfig("Linux", Map.of()))
                .isEqualTo(Path.of("/etc/portaldesk/config.properties"));
        assertThat(DataFolders.defaultMachineConfig("Windows 11", Map.of("ProgramData", "C:\\ProgramData"))
                        .toString())
                .endsWith("PortalDesk" + File.separator + "config.properties");
    }

    @Test
    void precedence_isFileThenEnvironmentThenCommandLine() throws Exception {
        Path config = file("data.dir=/from/file\nphone.default-region=CA\n");
        assertThat(AppConfig.load(config, Map.of(), Map.of()).dataDir()).isEqualTo(Path.of("/from/file"));
        AppConfig fromEnv = AppConfig.load(config, Map.of("PORTALDESK_DATA_DIR", "/from/env"), Map.of());
        assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/from/env"));
        assertThat(fromEnv.phoneDefaultRegion()).isEqualTo("CA");
        AppConfig fromCli = AppConfig.load(
                config, Map.of("PORTALDESK_DATA_DIR", "/from/env"), Map.of(ConfigKey.DATA_DIR, "/from/cli"));
        assertThat(fromCli.dataDir()).isEqualTo(Path.of("/from/cli"));
    }

    @Test
    void configFile_canComeFromEnvironment() throws Exception {
        Path config = file("ui.theme=dark\n");
        assertThat(AppConfig.load(null, Map.of(AppConfig.CONFIG_ENV, config.toString()), Map.of())
                        .theme())
                .isEqualTo("dark");
        assertThatThrownBy(() -> AppConfig.load(dir.resolve("nope.properties"), Map.of(), Map.of()))
                .hasMessageContaining("does not exist");
    }

    @Test
    void envReference_pullsSecretsAndNamesMissingVariables() throws Exception {
        Path config = file("db.password=${env:PD_SECRET}\n");
        assertThat(AppConfig.load(config, Map.of("PD_SECRET", "s3cret"), Map.of())
                        .dbPassword())
                .isEqualTo("s3cret");
        assertThatThrownBy(() -> AppConfig.load(config, Map.of(), Map.of()))
                .hasMessageContaining("'db.password'")
                .hasMessageContaining("PD_SECRET");
    }

    @Test
    void dataFolder_followsOperatingSystemConvention() {
        assertThat(DataFolders.defaultFolder("Linux", "/home/ann", null)).isEqualTo(Path.of("/home/ann/.portaldesk"));
        assertThat(DataFolders.defaultFolder("Mac OS X", "/Users/ann", null))
                .isEqualTo(Path.of("/Users/ann/.portaldesk"));
        assertThat(DataFolders.defaultFolder("Windows 11", "C:/Users/ann", "C:/Users/ann/AppData/Roaming"))
                .isEqualTo(Path.of("C:/Users/ann/AppData/Roaming", "PortalDesk"));
    }

    @Test
    void shippedConfigFile_documentsEveryKeyWithItsDefault() throws Exception {
        String text = Files.readString(Path.of("config.properties"));
        Map<String, String> documented = new LinkedHashMap<>();
        Matcher line = Pattern.compile("(?m)^#([a-z][a-z0-9.-]+)=(.*)$").matcher(text);
        while (line.find()) {
            documented.put(line.group(1), line.group(2).trim());
        }
        Map<String, String> known = new LinkedHashMap<>();
        for (ConfigKey key : ConfigKey.values()) {
            known.put(key.key(), key.defaultValue());
        }
        assertThat(documented).isEqualTo(known);
        // The shipped file changes nothing: it must load to the defaults.
        assertThat(AppConfig.load(Path.of("config.properties"), Map.of(), Map.of())
                        .dbPoolSize())
                .isEqualTo(4);
    }
}
