package com.portaldesk.ui.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import com.portaldesk.audit.AuditReason;
import com.portaldesk.checkin.ChangeRequests;
import com.portaldesk.checkin.ChangeTopic;
import com.portaldesk.checkin.CheckInOutcome;
import com.portaldesk.contacts.Channel;
import com.portaldesk.contacts.ContactRecord;
import com.portaldesk.contacts.Language;
import com.portaldesk.settings.PolicyBuilder;
import com.portaldesk.settings.PortalPolicy;
import com.portaldesk.testutil.MutableClock;
import com.portaldesk.testutil.QueuedWork;
import com.portaldesk.ui.common.Work;
import com.portaldesk.verify.CheckResult;
import com.portaldesk.verify.ClientAnswer;
import com.portaldesk.verify.ClientSession;
import com.portaldesk.verify.ClientStatus;
import com.portaldesk.verify.DeliveryState;
import com.portaldesk.verify.StartResult;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's steps and their coordinator on fakes of the narrow interfaces: no database, no FX toolkit, no
 * waiting. What a person sees of the same path is in {@link KioskScreenTest}.
 */
@Tag("plain")
class KioskFlowTest {
    private static final UUID ALICE_ID = UUID.randomUUID();
    private static final ContactRecord ALICE = new ContactRecord(
            ALICE_ID,
            "Alice",
            "Pauline",
            "alice@example.com",
            "+12125550101",
            "(212) 555-0101",
            null,
            "•6879",
            Channel.SMS,
            true,
            false,
            null,
            "",
            Instant.EPOCH,
            Instant.EPOCH,
            null,
            Language.ENGLISH);

    private final MutableClock clock = MutableClock.at("2026-11-02T15:00:00Z");
    private final FakeCodes codes = new FakeCodes();
    private final FakeDesk desk = new FakeDesk();
    private PortalPolicy policy = PortalPolicy.DEFAULTS;
    /** Direct by default; a test swaps in {@link QueuedWork} for answers that arrive later. */
    private Work work = Work.direct();

    private KioskFlow flow = newFlow();

    private KioskFlow newFlow() {
        Work current = new Work() {
            @Override
            public <T> void then(Callable<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                work.then(task, onSuccess, onFailure);
            }
        };
        return new KioskFlow(codes, desk, new FakeSetup(), current, clock);
    }

    private void identify(Channel channel) {
        flow.identify().email().set("alice@example.com");
        flow.identify().lastFour().set("6879");
        flow.identify().requestCode(channel);
    }

    private void signIn() {
        identify(Channel.SMS);
        flow.code().code().set("123456");
        flow.code().submit();
    }

    @Test
    void aSentCode_movesToTheCodeStep_andSaysWhereItWent_andTheCodeSpeaksTheScreensLanguage() {
        flow.switchLanguage();
        identify(Channel.SMS);
        assertThat(flow.step().get()).isEqualTo(Step.CODE);
        assertThat(flow.message().get()).isEqualTo(ClientText.of("code.sentSms"));
        assertThat(codes.startedIn).containsExactly(Language.SPANISH);
        assertThat(flow.code().channel().get()).isEqualTo(Channel.SMS);
    }

    @Test
    void tooManyRequests_staysOnIdentify_withTheReason_untilTheClientTypesAgain() {
        codes.startStatus = ClientStatus.TRY_LATER;
        identify(Channel.EMAIL);
        assertThat(flow.step().get()).isEqualTo(Step.IDENTIFY);
        assertThat(flow.error().get().key()).isEqualTo("error.tryLater");
        flow.identify().email().set("alice@example.org");
        assertThat(flow.error().get().isEmpty()).isTrue();
    }

    @Test
    void aWrongCode_saysHowManyTriesAreLeft_andTheFieldIsEmptyForTheNextTry() {
        identify(Channel.SMS);
        codes.checkStatus = ClientStatus.INVALID;
        flow.code().code().set("000000");
        flow.code().submit();
        assertThat(flow.error().get()).isEqualTo(ClientText.of("error.invalid", 4));
        assertThat(flow.code().code().get()).isEmpty();
        assertThat(flow.step().get()).isEqualTo(Step.CODE);
    }

    @Test
    void theRightCode_welcomesTheClient_withTheirDetailsMasked() {
        signIn();
        assertThat(flow.step().get()).isEqualTo(Step.SIGNED_IN);
        assertThat(flow.signedInStep().name().get()).isEqualTo("Alice");
        assertThat(flow.signedInStep().maskedMobile().get()).isEqualTo("•••-•••-0101");
        assertThat(flow.signedInStep().maskedEmail().get()).isEqualTo("a•••@example.com");
        assertThat(flow.hasSession()).isTrue();
    }

    @Test
    void checkingIn_onceAndAgain_saysSo_andAnEndedSessionClearsTheScreen() {
        signIn();
        flow.signedInStep().checkIn();
        assertThat(flow.message().get().key()).isEqualTo("checkIn.done");
        assertThat(flow.signedInStep().checkedIn().get()).isTrue();
        desk.checkIn = CheckInOutcome.ALREADY_CHECKED_IN;
        flow.signedInStep().checkIn();
        assertThat(flow.message().get().key()).isEqualTo("checkIn.already");
        desk.checkIn = CheckInOutcome.SESSION_ENDED;
        flow.signedInStep().checkIn();
        assertThat(flow.step().get()).isEqualTo(Step.IDENTIFY);
        assertThat(flow.signedInStep().name().get()).isEmpty();
    }

    @Test
    void aChangeRequest_needsATopic_thenGoesToTheDesk_andTheFormIsCleared() {
        signIn();
        flow.signedInStep().openChangeRequest();
        assertThat(flow.step().get()).isEqualTo(Step.CHANGE_REQUEST);
        desk.change = ChangeRequests.Outcome.NOTHING_CHOSEN;
        flow.changeRequest().send();
        assertThat(flow.error().get().key()).isEqualTo("report.nothingChosen");
        desk.change = ChangeRequests.Outcome.SENT;
        flow.changeRequest().topic(ChangeTopic.MOBILE).set(true);
        flow.changeRequest().note().set("New number since May");
        flow.changeRequest().send();
        assertThat(desk.requested).containsExactly(Set.of(ChangeTopic.MOBILE) + " New number since May");
        assertThat(flow.step().get()).isEqualTo(Step.SIGNED_IN);
        assertThat(flow.message().get().key()).isEqualTo("report.sent");
        assertThat(flow.changeRequest().topic(ChangeTopic.MOBILE).get()).isFalse();
        assertThat(flow.changeRequest().note().get()).isEmpty();
    }

    @Test
    void backFromAChangeRequest_keepsTheSession_andDropsWhatWasTicked() {
        signIn();
        flow.signedInStep().openChangeRequest();
        flow.changeRequest().topic(ChangeTopic.NAME).set(true);
        flow.changeRequest().cancel();
        assertThat(flow.step().get()).isEqualTo(Step.SIGNED_IN);
        assertThat(flow.changeRequest().topic(ChangeTopic.NAME).get()).isFalse();
        assertThat(flow.hasSession()).isTrue();
    }

    @Test
    void resend_waitsForTheCountdown_thenStartsAFreshOne() {
        identify(Channel.SMS);
        assertThat(flow.code().resendIn().get()).isEqualTo(60);
        assertThat(flow.code().resendAllowed().get()).isFalse();
        clock.advance(Duration.ofSeconds(60));
        flow.tick();
        assertThat(flow.code().resendIn().get()).isZero();
        assertThat(flow.code().resendAllowed().get()).isTrue();
        flow.code().resend();
        assertThat(codes.resentBy).containsExactly(Channel.SMS);
        assertThat(flow.code().resendAllowed().get()).isFalse();
    }

    @Test
    void afterAText_theOtherChannelIsEmail_afterAnEmailItIsAText_andOnlyWhereThePolicyAllowsIt() {
        identify(Channel.SMS);
        assertThat(flow.code().otherChannel().get()).isEqualTo(Channel.EMAIL);
        flow.code().switchChannel();
        assertThat(codes.resentBy).containsExactly(Channel.EMAIL);
        assertThat(flow.code().otherChannel().get()).isEqualTo(Channel.SMS);
        flow.apply(new PolicyBuilder(PortalPolicy.DEFAULTS).methods(false, true).build());
        assertThat(flow.code().otherChannel().get())
                .as("email only: no other choice")
                .isNull();
    }

    @Test
    void aFailedText_thatWentByEmailInstead_isSaid_andTheTextIsNoLongerWatched() {
        identify(Channel.SMS);
        codes.delivery = DeliveryState.SENT_BY_EMAIL_INSTEAD;
        flow.checkDelivery();
        assertThat(flow.message().get().key()).isEqualTo("code.emailInstead");
        assertThat(flow.code().channel().get())
                .as("a new code goes where this one went")
                .isEqualTo(Channel.EMAIL);
        codes.delivery = DeliveryState.NO_FALLBACK;
        flow.checkDelivery();
        assertThat(flow.message().get().key()).isEqualTo("code.emailInstead");
    }

    @Test
    void aFailedText_withNothingToFallBackTo_sendsTheClientToTheFrontDesk() {
        identify(Channel.SMS);
        codes.delivery = DeliveryState.NO_FALLBACK;
        flow.checkDelivery();
        assertThat(flow.message().get().key()).isEqualTo("code.askDesk");
    }

    @Test
    void leftAlone_theKioskWarns_thenWipesEverything_andTheNextPersonIsToldBriefly() {
        signIn();
        clock.advance(PortalPolicy.DEFAULTS.sessionIdle());
        flow.tick();
        assertThat(flow.idleWarning().get()).isTrue();
        assertThat(flow.idleSecondsLeft().get()).isEqualTo(10);
        clock.advance(IdleWatcher.WARNING);
        flow.tick();
        assertThat(flow.step().get()).isEqualTo(Step.IDENTIFY);
        assertThat(flow.identify().email().get()).isEmpty();
        assertThat(flow.code().challenge()).isNull();
        assertThat(flow.signedInStep().maskedMobile().get()).isEmpty();
        assertThat(flow.idleWarning().get()).isFalse();
        assertThat(desk.ended).containsExactly(AuditReason.IDLE_TIMEOUT);
        assertThat(flow.endedNote().get()).isTrue();
        clock.advance(IdleNotices.ENDED_NOTE.plusSeconds(1));
        flow.tick();
        assertThat(flow.endedNote().get()).isFalse();
    }

    @Test
    void signingOut_endsTheSession_andTheEndedNoteGoesAsSoonAsTheNextPersonTypes() {
        signIn();
        flow.signedInStep().signOut();
        assertThat(desk.ended).containsExactly(AuditReason.SIGNED_OUT);
        assertThat(flow.endedNote().get()).isTrue();
        flow.identify().email().set("b");
        flow.tick();
        assertThat(flow.endedNote().get()).isFalse();
    }

    @Test
    void theEndOfASession_isRecordedEvenWhenTheFirstTryFails() {
        signIn();
        desk.endFailures = 1;
        flow.signedInStep().signOut();
        assertThat(desk.ended).as("tried again, not dropped").containsExactly(AuditReason.SIGNED_OUT);
        assertThat(desk.endFailures).isZero();
    }

    @Test
    void aTouchDuringTheWarning_keepsTheClientsScreen() {
        identify(Channel.SMS);
        clock.advance(PortalPolicy.DEFAULTS.sessionIdle());
        flow.tick();
        flow.activity();
        assertThat(flow.idleWarning().get()).isFalse();
        clock.advance(IdleWatcher.WARNING);
        flow.tick();
        assertThat(flow.step().get()).isEqualTo(Step.CODE);
    }

    @Test
    void anEmptyWelcomeScreen_neverTimesOut_butAHalfTypedStaffSignInDoes() {
        clock.advance(Duration.ofHours(1));
        flow.tick();
        assertThat(flow.idleWarning().get()).isFalse();
        flow.setStaffSignInOpen(true); // the Staff button was touched
        flow.activity();
        clock.advance(PortalPolicy.DEFAULTS.sessionIdle());
        flow.tick();
        assertThat(flow.idleWarning().get()).isTrue();
    }

    @Test
    void aWipe_bringsBackTheKiosksOwnLanguage() {
        flow.switchLanguage();
        assertThat(flow.language()).isEqualTo(Language.SPANISH);
        flow.wipe();
        assertThat(flow.language()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void startingOver_clearsWhatWasTyped_butKeepsTheClientsLanguage() {
        flow.switchLanguage();
        identify(Channel.SMS);
        flow.code().code().set("12");
        flow.code().startOver();
        assertThat(flow.step().get()).isEqualTo(Step.IDENTIFY);
        assertThat(flow.identify().email().get()).isEmpty();
        assertThat(flow.code().code().get()).isEmpty();
        assertThat(flow.language())
                .as("the same person, in the language they chose")
                .isEqualTo(Language.SPANISH);
    }

    @Test
    void anApprovalThatArrivesAfterAWipe_isNeverShown_andItsSessionIsEnded() {
        identify(Channel.SMS);
        QueuedWork queued = new QueuedWork();
        work = queued;
        flow.code().code().set("123456");
        flow.code().submit();
        assertThat(flow.busy().get()).isTrue();
        flow.wipe();
        queued.runAll();
        assertThat(flow.step().get()).isEqualTo(Step.IDENTIFY);
        assertThat(flow.hasSession()).isFalse();
        assertThat(desk.ended).containsExactly(AuditReason.IDLE_TIMEOUT);
        assertThat(flow.busy().get()).isFalse();
    }

    @Test
    void aFailingDatabase_saysSignInIsNotAvailable_keepsWhatWasTyped_andTheBusyIndicatorGoes() {
        codes.fail = true;
        identify(Channel.SMS);
        assertThat(flow.error().get().key()).isEqualTo("error.unavailable");
        assertThat(flow.busy().get()).isFalse();
        assertThat(flow.step().get()).isEqualTo(Step.IDENTIFY);
        assertThat(flow.identify().email().get()).isEqualTo("alice@example.com");
    }

    @Test
    void aPolicyThatCannotBeRead_saysSignInIsNotAvailable() {
        policy = null;
        flow = newFlow();
        assertThat(flow.error().get().key()).isEqualTo("error.unavailable");
    }

    private final class FakeCodes implements ClientCodes {
        ClientStatus startStatus = ClientStatus.CODE_SENT;
        ClientStatus checkStatus = ClientStatus.APPROVED;
        DeliveryState delivery = DeliveryState.SENT;
        boolean fail;
        final List<Language> startedIn = new ArrayList<>();
        final List<Channel> resentBy = new ArrayList<>();

        private StartResult answer(Channel channel) {
            if (fail) {
                throw new IllegalStateException("database is gone");
            }
            ClientAnswer answer = startStatus == ClientStatus.CODE_SENT
                    ? new ClientAnswer(channel == Channel.SMS ? "code.sentSms" : "code.sentEmail", List.of())
                    : new ClientAnswer("error.tryLater", List.of());
            return new StartResult(UUID.randomUUID(), startStatus, answer, channel, 6, 600, 60);
        }

        @Override
        public StartResult start(String email, String lastFour, Channel channel, Language language) {
            startedIn.add(language);
            return answer(channel);
        }

        @Override
        public StartResult resend(UUID challenge, Channel channel) {
            resentBy.add(channel);
            return answer(channel);
        }

        @Override
        public DeliveryState deliveryState(UUID challenge) {
            return delivery;
        }

        @Override
        public CheckResult check(UUID challenge, String code) {
            Optional<ClientSession> session = checkStatus == ClientStatus.APPROVED
                    ? Optional.of(new ClientSession("token", ALICE_ID, clock.instant(), clock.instant()))
                    : Optional.empty();
            ClientAnswer answer = checkStatus == ClientStatus.APPROVED
                    ? new ClientAnswer("signedIn", List.of())
                    : new ClientAnswer("error.invalid", List.of(4));
            return new CheckResult(checkStatus, answer, 4, session);
        }
    }

    private static final class FakeDesk implements ClientDesk {
        CheckInOutcome checkIn = CheckInOutcome.CHECKED_IN;
        ChangeRequests.Outcome change = ChangeRequests.Outcome.SENT;
        final List<String> requested = new ArrayList<>();
        final List<AuditReason> ended = new ArrayList<>();

        @Override
        public ContactRecord details(ClientSession session) {
            return ALICE;
        }

        @Override
        public CheckInOutcome checkIn(ClientSession session, ZoneId zone) {
            return checkIn;
        }

        @Override
        public ChangeRequests.Outcome requestChange(ClientSession session, Set<ChangeTopic> topics, String note) {
            if (change == ChangeRequests.Outcome.SENT) {
                requested.add(topics + " " + note);
            }
            return change;
        }

        int endFailures;

        @Override
        public void end(ClientSession session, AuditReason reason) {
            if (endFailures > 0) {
                endFailures--;
                throw new IllegalStateException("The database is busy");
            }
            ended.add(reason);
        }
    }

    private final class FakeSetup implements KioskSetup {
        @Override
        public PortalPolicy policy() {
            if (policy == null) {
                throw new IllegalStateException("database is locked");
            }
            return policy;
        }

        @Override
        public Optional<byte[]> logo() {
            return Optional.empty();
        }

        @Override
        public void recordStarted(String startedBy) {
            // The kiosk's start is audited by the window, not by the flow under test.
        }
    }
}
