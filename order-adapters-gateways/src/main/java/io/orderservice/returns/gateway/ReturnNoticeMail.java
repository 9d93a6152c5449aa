package io.orderservice.returns.gateway;

import io.orderservice.returns.application.port.out.CustomerNotices.ReturnNotice;

/** A return notice as a plain-text mail: the subject says which notice it is, the text what the customer is to do. */
record ReturnNoticeMail(String subject, String text) {

    static ReturnNoticeMail of(ReturnNotice notice) {
        var order = notice.orderId().toString();
        return switch (notice.kind()) {
            case APPROVED -> new ReturnNoticeMail("Your return for order " + order + " is approved",
                    "Please write " + notice.rma() + " on the parcel and send the items back.");
            case PARTIALLY_APPROVED -> new ReturnNoticeMail("Part of your return for order " + order + " is approved",
                    "Please write " + notice.rma() + " on the parcel and send back the approved items only.\n"
                            + "Not approved: " + notice.reason());
            case LABEL_BOOKED -> new ReturnNoticeMail("Your return label for order " + order,
                    "Print your label at " + notice.label().url() + " and hand the parcel to " + notice.label().carrier()
                            + ".\nIts tracking number is " + notice.label().trackingNumber() + ".");
            case REJECTED -> new ReturnNoticeMail("Your return for order " + order + " was not approved",
                    "The reason: " + notice.reason());
            case RECEIVED -> new ReturnNoticeMail("We received your return for order " + order,
                    "Your parcel has arrived; we are checking the items.");
            case REFUNDED -> new ReturnNoticeMail("Your refund for order " + order,
                    notice.refunded().toDecimal().toPlainString() + " " + notice.refunded().currency().getCurrencyCode()
                            + " is on its way to your original payment method.");
        };
    }
}
