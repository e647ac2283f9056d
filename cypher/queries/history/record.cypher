// Records the changes of one correction, each as a :Change node stamped with who made it ($by) and when ($at).
// $changes: [{id, seq: order within the correction, action, field, subjects: [ids of the letters and actors it is
//             about], before, after: the values as text (JSON for lists), summary: one sentence}]
UNWIND $changes AS change
CREATE (c:Change)
SET c = change, c.by = $by, c.at = $at
RETURN collect(c {.*}) AS changes
