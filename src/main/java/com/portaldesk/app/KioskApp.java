package com.portaldesk.app;

import atlantafx.base.theme.PrimerLight;
import com.portaldesk.audit.AuditEventType;
import com.portaldesk.audit.AuditReason;
import com.portaldesk.audit.AuditRecord;
import com.portaldesk.config.AppConfig;
import com.portaldesk.config.ConfigException;
import com.portaldesk.staff.SignInResult;
import com.portaldesk.store.StorageException;
import com.portaldesk.ui.common.Background;
import com.portaldesk.ui.kiosk.KioskServices;
import com.portaldesk.ui.kiosk.KioskView;
import com.portaldesk.ui.kiosk.KioskViewModel;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lobby kiosk: full screen, undecorated, no way out but a staff sign-in. Close requests, Escape and
 * Alt+F4 are consumed; a one-second timer drives the resend countdown, the idle warning and the wipe.
 */
public final class KioskApp extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);
    private static volatile Supplier<AppConfig> startConfig;

    private final Background background = new Background();
    private AppContext context;

    static void run(Supplier<AppConfig> config) {
        startConfig = config;
        Application.launch(KioskApp.class);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        stage.initStyle(StageStyle.UNDECORATED);
        AppConfig config;
        try {
            config = startConfig.get();
        } catch (ConfigException e) {
            cannotStart(e);
            return;
        }
        Label opening = new Label("Starting…");
        opening.setStyle("-fx-font-size: 28px;");
        Scene scene = new Scene(new javafx.scene.layout.StackPane(opening), 1280, 800);
        scene.getStylesheets().add("/com/portaldesk/ui/kiosk/kiosk.css");
        scene.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE || (event.isAltDown() && event.getCode() == KeyCode.F4)) {
                event.consume();
            }
        });
        stage.setScene(scene);
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        stage.setOnCloseRequest(javafx.event.Event::consume);
        stage.show();
        // The database opens off the FX thread; the screen says "Starting…" meanwhile.
        background.run(() -> {
            AppContext opened = AppContext.open(config);
            return new Object[] {opened, opened.policies().firmName()};
        }, opened -> {
            context = (AppContext) opened[0];
            show(scene, stage, config, (String) opened[1]);
        }, KioskApp::cannotStart);
    }

    private void show(Scene scene, Stage stage, AppConfig config, String firmName) {
        KioskServices services = new KioskServices(context.verification().engine(), context.verification().codeCheck(),
                context.verification().sessions(), context.contacts(), context.policies(), context.staffAuth(),
                context.checkIns(), config.kioskTerminalId());
        KioskViewModel model = new KioskViewModel(services, background, Clock.systemUTC(),
                ResourceBundle.getBundle(KioskView.BUNDLE, Locale.ENGLISH));
        scene.setRoot(new KioskView(model, firmName, () -> leave(stage, services)).getRoot());
        Timeline clock = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            model.tick();
            model.checkDelivery();
        }));
        clock.setCycleCount(Timeline.INDEFINITE);
        clock.play();
    }

    private static void cannotStart(Throwable e) {
        if (e instanceof ConfigException || e instanceof StorageException) {
            LOG.warn("The kiosk could not start: {}", e.getMessage());
        } else {
            LOG.error("The kiosk could not start", e);
        }
        new Alert(Alert.AlertType.ERROR, e.getMessage(), ButtonType.OK).showAndWait();
        Platform.exit();
    }

    /** Leaving kiosk mode needs a staff sign-in, second factor included; each leave is audited. */
    private void leave(Stage stage, KioskServices services) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle("Staff: leave kiosk mode");
        TextField username = new TextField();
        PasswordField password = new PasswordField();
        TextField code = new TextField();
        Label problem = new Label();
        dialog.getDialogPane().setContent(new VBox(8, new Label("User name"), username, new Label("Password"), password,
                new Label("Authenticator code (if you have one)"), code, problem));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        if (dialog.showAndWait().filter(ButtonType.OK::equals).isEmpty()) {
            return;
        }
        SignInResult result = services.staffAuth().signIn(username.getText(), password.getText().toCharArray(),
                services.terminalId());
        if (result.status() == SignInResult.Status.NEED_SECOND_FACTOR) {
            result = services.staffAuth().secondFactor(result.pending().orElseThrow(), code.getText(),
                    services.terminalId());
        }
        if (result.status() == SignInResult.Status.SIGNED_IN) {
            context.audit().record(AuditRecord.of(AuditEventType.KIOSK_LEFT, AuditReason.OK, services.terminalId())
                    .withDetail("by " + result.session().orElseThrow().username()));
            Platform.exit();
        } else {
            new Alert(Alert.AlertType.WARNING, SignInResult.REFUSED_MESSAGE, ButtonType.OK).showAndWait();
        }
    }

    @Override
    public void stop() {
        background.shutdown();
        if (context != null) {
            context.close();
        }
    }
}
