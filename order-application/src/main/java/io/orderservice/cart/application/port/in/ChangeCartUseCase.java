package io.orderservice.cart.application.port.in;

import io.orderservice.cart.domain.Cart;
import io.orderservice.cart.domain.CartId;
import io.orderservice.ordering.domain.price.ShippingChoice;
import io.orderservice.shared.Address;
import io.orderservice.shared.Caller;
import io.orderservice.shared.Quantity;
import io.orderservice.shared.RequestKey;
import io.orderservice.shared.Sku;
import java.util.Objects;

/**
 * Changes an open cart and prices it again (catalog prices, promotions, taxes, shipping, and each line's availability;
 * nothing is held). A change that leaves the cart impossible to price (a SKU without a price, an address not shipped
 * to, a shipping way that does not go there) is refused and changes nothing.
 *
 * @throws StaleCartException when {@code expectedVersion} is given and the cart is no longer at it; without it, a
 *                            change that meets another is applied again to the cart as the other left it
 * @throws CartNotFoundException, io.orderservice.cart.domain.CartClosedException,
 *                            io.orderservice.pricing.application.port.in.QuoteRefusedException
 */
public interface ChangeCartUseCase {

    Cart change(CartId id, Long expectedVersion, CartChange change, Caller caller);

    sealed interface CartChange permits AddLine, ChangeLine, RemoveLine, AddPromoCode, RemovePromoCode, ShipTo, ShipBy {
    }

    /**
     * Units of a SKU: added to its line (quantities add) or as a new one. With the request's Idempotency-Key, added
     * once however often the request is sent, even when its first answer was lost in a crash.
     */
    record AddLine(Sku sku, Quantity quantity, String note, Boolean gift, RequestKey requestKey) implements CartChange {
        public AddLine {
            Objects.requireNonNull(sku, "sku");
            Objects.requireNonNull(quantity, "quantity");
        }
    }

    /** A line's quantity, note, gift flag or whether it is saved for later; null fields stay as they are. */
    record ChangeLine(int lineId, Quantity quantity, String note, Boolean gift, Boolean savedForLater) implements CartChange {
    }

    record RemoveLine(int lineId) implements CartChange {
    }

    record AddPromoCode(String code) implements CartChange {
    }

    record RemovePromoCode(String code) implements CartChange {
    }

    record ShipTo(Address address) implements CartChange {
        public ShipTo {
            Objects.requireNonNull(address, "address");
        }
    }

    record ShipBy(ShippingChoice choice) implements CartChange {
        public ShipBy {
            Objects.requireNonNull(choice, "choice");
        }
    }
}
