--liquibase formatted sql

--changeset order-service:ordering-016-placement-listener-id
--comment: Issue 18 grouped ordering.application by use-case family, and the listener that runs a placement's work got an id that does not change when its class moves. Publications not yet completed (and quarantined ones) name it by that id from now on; until then they named it by its class and method, which would leave them without a listener.
UPDATE event_publication SET listener_id = 'ordering.placement.advance-when-due'
WHERE listener_id = 'io.orderservice.ordering.application.AdvancePlacementWhenDue.advance(io.orderservice.ordering.domain.saga.PlacementWorkDue)';
UPDATE event_publication_quarantine SET listener_id = 'ordering.placement.advance-when-due'
WHERE listener_id = 'io.orderservice.ordering.application.AdvancePlacementWhenDue.advance(io.orderservice.ordering.domain.saga.PlacementWorkDue)';
--rollback UPDATE event_publication SET listener_id = 'io.orderservice.ordering.application.AdvancePlacementWhenDue.advance(io.orderservice.ordering.domain.saga.PlacementWorkDue)' WHERE listener_id = 'ordering.placement.advance-when-due';
--rollback UPDATE event_publication_quarantine SET listener_id = 'io.orderservice.ordering.application.AdvancePlacementWhenDue.advance(io.orderservice.ordering.domain.saga.PlacementWorkDue)' WHERE listener_id = 'ordering.placement.advance-when-due';
