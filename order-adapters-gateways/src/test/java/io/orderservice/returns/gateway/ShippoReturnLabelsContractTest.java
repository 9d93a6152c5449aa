package io.orderservice.returns.gateway;

import io.orderservice.returns.application.port.out.ReturnLabels;
import io.orderservice.returns.kit.ReturnLabelsContract;
import io.orderservice.shared.Address;
import io.orderservice.shared.kit.ProviderMisbehaviour;
import io.orderservice.shared.kit.ProviderStandIn;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;

/** The Shippo label adapter passes the label kit, against a local stand-in for Shippo's transactions API. */
class ShippoReturnLabelsContractTest extends ReturnLabelsContract {

    static final Duration READ_TIMEOUT = Duration.ofMillis(400);
    static final Address RETURNS = new Address("Returns, Order Service", "1 Dock Road", "Unit 4", "Leeds", null, "LS1 1AA", "GB");
    static final ShippoLabelProperties SHIPPO = new ShippoLabelProperties("b741b99f95e841639b54272834bc478c", "usps_priority",
            null, "PDF_4x6", Duration.ofDays(3));

    final ShippoApiStandIn shippo = new ShippoApiStandIn();

    @AfterEach
    void stopShippo() {
        shippo.close();
    }

    @Override
    protected ReturnLabels labels() {
        return adapter(shippo.server.baseUrl());
    }

    @Override
    protected Address customerAddress() {
        return new Address("Ada Lovelace", "12 Analytical Way", null, "London", null, "N1 9GU", "GB");
    }

    @Override
    protected Optional<ReturnLabels> misbehaving(ProviderMisbehaviour misbehaviour) {
        return switch (misbehaviour) {
            case UNREACHABLE -> Optional.of(adapter(ProviderStandIn.UNREACHABLE));
            case ANSWERS_UNKNOWN_STATUS -> {
                shippo.answerPurchasesWith("REFUNDPENDING");
                yield Optional.of(labels());
            }
            default -> shippo.server.enact(misbehaviour, READ_TIMEOUT.multipliedBy(3)) ? Optional.of(labels()) : Optional.empty();
        };
    }

    @Override
    protected void behaveAgain() {
        shippo.server.behave();
        shippo.answerPurchasesWith("SUCCESS");
    }

    ShippoReturnLabels adapter(URI baseUrl) {
        return new ShippoReturnLabels(new ReturnLabelProperties("usps", baseUrl, ShippoApiStandIn.TOKEN, Duration.ofMillis(200),
                READ_TIMEOUT, RETURNS), SHIPPO, Clock.systemUTC());
    }
}
