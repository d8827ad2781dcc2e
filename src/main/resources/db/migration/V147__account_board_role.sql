-- Issue 13: a board member (bestuurder) reads only the yearly report of a collaboration.
ALTER TABLE membership DROP CONSTRAINT membership_role_check;
ALTER TABLE membership ADD CONSTRAINT membership_role_check
    CHECK (role IN ('COORDINATOR', 'PROFESSIONAL', 'VIEWER', 'BOARD'));
