package io.orderservice.shared;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who makes a request, as the web ring read it from the caller's token: the subject, the roles, the customer the
 * caller is or acts for, and the stock locations a warehouse acts for. The application ring decides with it whose
 * orders a caller reaches; it knows nothing of tokens.
 *
 * @param subject   the token's subject: a customer id, or a client's or an operator's id
 * @param roles     what the caller may be (docs/security.md)
 * @param customer  the customer the caller is (role customer) or acts for (a storefront); null for staff and guests
 * @param locations the stock locations a warehouse caller acts for; empty for all
 */
public record Caller(String subject, Set<Role> roles, CustomerId customer, Set<String> locations) {

    /** Roles that act on any customer's orders: the shop's own people and systems. */
    private static final Set<Role> STAFF = EnumSet.of(Role.SUPPORT, Role.SUPPORT_LEAD, Role.APPROVER, Role.WAREHOUSE, Role.ADMIN);

    public Caller {
        if (subject == null || subject.isBlank()) {
            throw new InvalidValueException("a caller has a subject");
        }
        roles = roles == null || roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        locations = locations == null ? Set.of() : Set.copyOf(locations);
    }

    /** Staff reach every customer's orders; customers and storefronts only those of their customer. */
    public boolean reaches(CustomerId owner) {
        return isStaff() || (customer != null && customer.equals(owner));
    }

    /** Whether this caller reaches every customer's orders (staff); otherwise at most those of {@link #customer()}. */
    public boolean reachesEveryCustomer() {
        return isStaff();
    }

    /** Whether the token gave this caller {@code role} (a support lead's token names support-lead, not support too). */
    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    /** Whether this caller acts for stock {@code location}: a warehouse token naming locations only for those. */
    public boolean actsAt(String location) {
        return locations.isEmpty() || (location != null && locations.contains(location));
    }

    /** Whether the token limits this caller to some stock locations. */
    public boolean actsAtSomeLocationsOnly() {
        return !locations.isEmpty();
    }

    /**
     * The namespace of this caller's {@code Idempotency-Key}s: the subject and the customer it acts for, so that two
     * callers' equal keys, or one storefront's for two customers, are two keys.
     */
    public String keyScope() {
        return subject + "|" + (customer == null ? "" : customer.value());
    }

    private boolean isStaff() {
        return roles.stream().anyMatch(STAFF::contains);
    }

    @Override
    public String toString() {
        return "Caller[" + subject + " " + roles + (customer == null ? "" : " for " + customer.value()) + "]";
    }
}
