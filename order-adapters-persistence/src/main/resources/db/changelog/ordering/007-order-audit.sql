--liquibase formatted sql

--changeset order-service:ordering-007-order-audit splitStatements:false
--comment: Append-only audit trail of orders: every change to an order row, what changed (from, to), who and why, written by a trigger.
CREATE TABLE order_audit
(
  id          BIGSERIAL    NOT NULL PRIMARY KEY,
  order_id    UUID         NOT NULL,
  changed_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
  operation   VARCHAR(8)   NOT NULL,
  actor       VARCHAR(100) NOT NULL,
  reason      VARCHAR(500),
  changes     JSONB        NOT NULL
);
CREATE INDEX order_audit_by_order ON order_audit (order_id, id);

-- Who and why come from the writing transaction (set_config of order_service.actor and .reason, set by
-- the application right before it writes the order); what changed is the difference of the rows.
CREATE FUNCTION order_audit_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  old_row jsonb := CASE WHEN TG_OP = 'UPDATE' THEN to_jsonb(OLD) - 'version' - 'updated_at' ELSE '{}'::jsonb END;
  new_row jsonb := to_jsonb(NEW) - 'version' - 'updated_at';
  diff    jsonb := '{}'::jsonb;
  field   text;
BEGIN
  FOR field IN SELECT jsonb_object_keys(new_row) LOOP
    IF old_row -> field IS DISTINCT FROM new_row -> field THEN
      diff := diff || jsonb_build_object(field, jsonb_build_object('from', old_row -> field, 'to', new_row -> field));
    END IF;
  END LOOP;
  IF diff <> '{}'::jsonb THEN
    INSERT INTO order_audit (order_id, operation, actor, reason, changes)
    VALUES (NEW.id, TG_OP,
            coalesce(nullif(current_setting('order_service.actor', true), ''), 'DATABASE:' || current_user),
            nullif(current_setting('order_service.reason', true), ''), diff);
  END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER orders_audit AFTER INSERT OR UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION order_audit_record();

CREATE FUNCTION order_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'order_audit is append-only: % refused', TG_OP;
END
$$;
CREATE TRIGGER order_audit_append_only BEFORE UPDATE OR DELETE ON order_audit
  FOR EACH ROW EXECUTE FUNCTION order_audit_append_only();
--rollback DROP TRIGGER order_audit_append_only ON order_audit; DROP FUNCTION order_audit_append_only(); DROP TRIGGER orders_audit ON orders; DROP FUNCTION order_audit_record(); DROP TABLE order_audit;
