package com.retention.jobs.delivery.sms;

import com.retention.domain.messages.SmsEncoding;
import com.retention.domain.messages.SmsParts;
import com.retention.jobs.delivery.Attempt;
import com.retention.jobs.delivery.DeliveryProperties;
import com.retention.jobs.delivery.Pending;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SMPP 3.4 transceiver bind to the SMSC: submits a notification's parts (GSM 03.38 or UCS-2,
 * concatenated with an 8-bit-reference user data header when long), paced by the throttle, binds again
 * when the bind is lost, and hands every delivery receipt to the sink as it arrives.
 *
 * <p>An answer that never came (a timeout, a connection lost while writing) is not retried: the SMSC may
 * have taken the message, and a notification goes at most once. Only a submit refused with a transient
 * status, or one that could not leave because the bind was down, is tried again.
 */
public final class SmppClient implements AutoCloseable {

    /** Where receipts go; must have kept the receipt when it returns. */
    public interface ReceiptSink {
        void save(String messageId, String stat, String err, String sourceAddr);
    }

    private static final Logger log = LoggerFactory.getLogger(SmppClient.class);
    private static final DataCoding GSM = new GeneralDataCoding(Alphabet.ALPHA_DEFAULT);
    private static final DataCoding UCS2 = new GeneralDataCoding(Alphabet.ALPHA_UCS2);
    private static final ESMClass PLAIN = new ESMClass();
    private static final ESMClass CONCATENATED = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT,
            GSMSpecificFeature.UDHI);
    private static final RegisteredDelivery RECEIPT = new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE);

    private final DeliveryProperties.Sms settings;
    private final ReceiptSink sink;
    private final Throttle throttle;
    private final TypeOfNumber sourceTon;
    private final NumberingPlanIndicator sourceNpi;
    private SMPPSession session;
    private int reference;
    private int binds;

    public SmppClient(DeliveryProperties.Sms settings, ReceiptSink sink) {
        this.settings = settings;
        this.sink = sink;
        this.throttle = new Throttle(settings.throttle());
        boolean numeric = settings.sourceAddress().matches("\\+?[0-9]+");
        this.sourceTon = numeric ? TypeOfNumber.INTERNATIONAL : TypeOfNumber.ALPHANUMERIC;
        this.sourceNpi = numeric ? NumberingPlanIndicator.ISDN : NumberingPlanIndicator.UNKNOWN;
    }

    /** Binds times made, the first included: more than one means the bind was lost and made again. */
    public int binds() {
        return binds;
    }

    public boolean isBound() {
        return session != null && session.getSessionState().isBound();
    }

    /**
     * Binds if not bound, waiting {@code reconnect-delay} (doubled each time) between failed binds.
     *
     * @throws IOException the last bind's failure, after {@code reconnects} tries
     */
    public void ensureBound() throws IOException {
        IOException last = null;
        long delay = settings.reconnectDelay().toMillis();
        for (int attempt = 0; attempt < settings.reconnects(); attempt++) {
            if (isBound()) {
                return;
            }
            if (attempt > 0) {
                sleep(delay);
                delay *= 2;
            }
            try {
                bind();
                return;
            } catch (IOException e) {
                last = e;
                log.warn("cannot bind to the SMSC {}:{} (try {} of {}): {}", settings.host(), settings.port(),
                        attempt + 1, settings.reconnects(), e.getMessage());
            }
        }
        throw last != null ? last : new IOException("not bound");
    }

    private void bind() throws IOException {
        closeSession();
        SMPPSession fresh = new SMPPSession();
        fresh.setTransactionTimer(settings.responseTimeout().toMillis());
        fresh.setEnquireLinkTimer(30_000);
        fresh.setMessageReceiverListener(new Receipts());
        fresh.connectAndBind(settings.host(), settings.port(), new BindParameter(BindType.BIND_TRX,
                settings.systemId(), settings.password(), settings.systemType(), TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, null), settings.responseTimeout().toMillis());
        session = fresh;
        binds++;
        if (binds > 1) {
            log.info("bound again to the SMSC {}:{} (bind {})", settings.host(), settings.port(), binds);
        }
    }

    /** Submits every part of one notification; says what became of it. */
    public Attempt submit(Pending notification) {
        SmsParts.Encoded encoded = SmsParts.encode(notification.text());
        List<byte[]> parts = encoded.parts();
        DataCoding coding = encoded.encoding() == SmsEncoding.GSM_7 ? GSM : UCS2;
        int ref = (reference++) & 0xFF;
        String destination = notification.address().startsWith("+") ? notification.address().substring(1)
                : notification.address();
        List<String> ids = new ArrayList<>(parts.size());
        for (int k = 0; k < parts.size(); k++) {
            byte[] payload = parts.size() == 1 ? parts.get(0) : withHeader(parts.get(k), ref, parts.size(), k + 1);
            ESMClass esm = parts.size() == 1 ? PLAIN : CONCATENATED;
            while (true) {
                try {
                    ensureBound();
                } catch (IOException e) {
                    String why = "SMSC " + settings.host() + ":" + settings.port() + " unreachable: " + e.getMessage();
                    return ids.isEmpty() ? new Attempt.Transient(notification.notificationId(), notification.attempts(), why)
                            : new Attempt.Unknown(notification.notificationId(), ids, why);
                }
                throttle.acquire();
                try {
                    ids.add(session.submitShortMessage(null, sourceTon, sourceNpi, settings.sourceAddress(),
                            TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination, esm, (byte) 0,
                            (byte) 0, null, null, RECEIPT, (byte) 0, coding, (byte) 0, payload).getMessageId());
                    break;
                } catch (NegativeResponseException e) {
                    String why = SmppErrors.describe(e.getCommandStatus())
                            + (parts.size() > 1 ? " on part " + (k + 1) + " of " + parts.size() : "");
                    if (!ids.isEmpty()) {
                        return new Attempt.Unknown(notification.notificationId(), ids, why);
                    }
                    return SmppErrors.isTransient(e.getCommandStatus())
                            ? new Attempt.Transient(notification.notificationId(), notification.attempts(), why)
                            : new Attempt.Refused(notification.notificationId(), why);
                } catch (PDUException e) {
                    return ids.isEmpty() ? new Attempt.Refused(notification.notificationId(), "invalid message: " + e.getMessage())
                            : new Attempt.Unknown(notification.notificationId(), ids, "invalid part: " + e.getMessage());
                } catch (ResponseTimeoutException | InvalidResponseException e) {
                    closeSession(); // a bind that does not answer is not trusted with the next message
                    return new Attempt.Unknown(notification.notificationId(), ids, "no answer from the SMSC: " + e.getMessage());
                } catch (IOException e) {
                    if (e.getMessage() != null && e.getMessage().startsWith("Cannot submitShortMessage")) {
                        continue; // the bind was down before the submit: nothing left, bind again and send
                    }
                    closeSession();
                    return new Attempt.Unknown(notification.notificationId(), ids, "connection lost during the submit: "
                            + e.getMessage());
                }
            }
        }
        return new Attempt.Accepted(notification.notificationId(), ids);
    }

    /** The concatenation user data header (IEI 0x00: 8-bit reference, parts, this part). */
    private static byte[] withHeader(byte[] part, int ref, int total, int seq) {
        byte[] out = new byte[part.length + 6];
        out[0] = 0x05;
        out[1] = 0x00;
        out[2] = 0x03;
        out[3] = (byte) ref;
        out[4] = (byte) total;
        out[5] = (byte) seq;
        System.arraycopy(part, 0, out, 6, part.length);
        return out;
    }

    private void closeSession() {
        if (session != null) {
            try {
                if (session.getSessionState().isBound()) {
                    session.unbindAndClose();
                } else {
                    session.close();
                }
            } catch (RuntimeException e) {
                session.close();
            }
            session = null;
        }
    }

    @Override
    public void close() {
        closeSession();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Receipts implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
            if (!MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
                return; // a mobile-originated message: not ours to handle
            }
            DeliveryReceipt receipt;
            try {
                receipt = deliverSm.getShortMessageAsDeliveryReceipt();
            } catch (InvalidDeliveryReceiptException e) {
                log.warn("unreadable delivery receipt ignored: {}", e.getMessage());
                return;
            }
            try {
                sink.save(receipt.getId(), receipt.getFinalStatus() == null ? "UNKNOWN" : receipt.getFinalStatus().name(),
                        receipt.getError(), deliverSm.getSourceAddr());
            } catch (RuntimeException e) {
                // not acknowledged: the SMSC delivers it again
                throw new ProcessRequestException("cannot keep the receipt: " + e.getMessage(), 0x08);
            }
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("data_sm not handled", 0x03);
        }
    }
}
