-- The open licence under which a collaboration publishes its open data (issue 11, point 8).
-- CC BY 4.0 by default: free to reuse, as long as the source is named.
ALTER TABLE collaboration
    ADD COLUMN open_data_licence TEXT NOT NULL DEFAULT 'CC_BY_4_0'
        CHECK (open_data_licence IN ('CC0_1_0', 'CC_BY_4_0', 'CC_BY_SA_4_0'));
