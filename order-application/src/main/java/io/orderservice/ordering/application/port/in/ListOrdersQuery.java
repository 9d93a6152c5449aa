package io.orderservice.ordering.application.port.in;

import io.orderservice.ordering.domain.status.OrderStatus;
import io.orderservice.shared.Caller;
import io.orderservice.shared.CustomerId;
import io.orderservice.shared.InvalidValueException;
import io.orderservice.shared.OrderId;
import io.orderservice.shared.Sku;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Pages through orders, filtered and sorted, by keyset: each page starts after the last order of the
 * previous one (its sort value and id), so a page costs the same at any depth and orders placed meanwhile
 * never shift a page (none is seen twice or skipped).
 */
public interface ListOrdersQuery {

    int MAX_LIMIT = 100;

    /**
     * A page of the orders {@code caller} reaches: staff list any; a customer (or a storefront acting for one) only
     * that customer's, whatever the filter asks; a caller bound to no customer, none.
     */
    OrderPage list(ListOrders request, Caller caller);

    /** How a list is ordered; ties are broken by order id, so the order is total and stable. */
    enum Sort {
        NEWEST_FIRST, OLDEST_FIRST, TOTAL_ASCENDING, TOTAL_DESCENDING, STATUS;

        public boolean byTotal() {
            return this == TOTAL_ASCENDING || this == TOTAL_DESCENDING;
        }
    }

    /**
     * What to list; every filter is optional. Totals are compared in one currency: a total range or a
     * sort by total needs {@code currency}.
     */
    record Filter(CustomerId customerId, Set<OrderStatus> statuses, Instant placedFrom, Instant placedTo, Currency currency,
                  BigDecimal minTotal, BigDecimal maxTotal, Sku sku) {
        public Filter {
            statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
            if (placedFrom != null && placedTo != null && placedFrom.isAfter(placedTo)) {
                throw new InvalidValueException("createdFrom must not be after createdTo");
            }
            if ((minTotal != null || maxTotal != null) && currency == null) {
                throw new InvalidValueException("a total range needs a currency: totals are compared in one currency");
            }
            if (minTotal != null && maxTotal != null && minTotal.compareTo(maxTotal) > 0) {
                throw new InvalidValueException("minTotal must not be above maxTotal");
            }
        }
    }

    /** Where the previous page ended: the last order's sort value (as text) and id. */
    record Position(String sortValue, OrderId after) {
        public Position {
            Objects.requireNonNull(sortValue, "sortValue");
            Objects.requireNonNull(after, "after");
        }
    }

    /** @param from where the previous page ended, or null for the first page */
    record ListOrders(Filter filter, Sort sort, int limit, Position from) {
        public ListOrders {
            Objects.requireNonNull(filter, "filter");
            Objects.requireNonNull(sort, "sort");
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new InvalidValueException("limit must be between 1 and " + MAX_LIMIT);
            }
            if (sort.byTotal() && filter.currency() == null) {
                throw new InvalidValueException("sorting by total needs a currency: totals are compared in one currency");
            }
        }

        /** The same list narrowed to one customer's orders. */
        public ListOrders forCustomer(CustomerId customer) {
            var f = filter;
            return new ListOrders(new Filter(customer, f.statuses(), f.placedFrom(), f.placedTo(), f.currency(), f.minTotal(),
                    f.maxTotal(), f.sku()), sort, limit, from);
        }
    }

    /** @param next where the next page starts, or null when this is the last one */
    record OrderPage(List<OrderSummary> items, Position next) {
        public OrderPage {
            items = List.copyOf(items);
        }
    }
}
