/**
 * A made-up wire story for the drafting tests: a lead with a scene-setting clause, three parties who
 * speak with different attribution verbs, a background part and a look ahead. About 480 words.
 */
export const HARBOUR_ARTICLE = `Chile and Peru Agree to Reopen the Selm Strait to Grain Ships
Deal Follows Three Months of Talks Brokered by the United Nations

In a breakthrough after months of deadlock, Chile and Peru agreed on Tuesday to reopen the Selm Strait to grain ships for 120 days, ending a blockade that had stranded 41 vessels.

The agreement, signed in the port city of Ostrel, lets inspected cargo ships pass through a corridor patrolled by both navies. Grain prices in the region fell 6 percent within hours of the announcement.

Chilean Foreign Minister Ilse Varga welcomed the deal, saying it was "a first step back from the edge, and one our farmers have waited for since spring." She added that Chile would send its first convoy on Friday.

Peruvian President Dario Kest warned that "any ship that leaves the corridor will be treated as hostile, without exception." His office said inspections would begin at dawn each day.

U.N. envoy Anna Lind, who brokered the talks, insisted that "the corridor only works if both navies share every inspection report within the hour." She said the United Nations would publish a weekly log of all crossings.

Background to the Blockade

The strait was closed in March after a collision between a Peruvian patrol boat and a Chilean freighter killed two sailors. Each side blamed the other, and talks collapsed twice in April.

Shipping insurers raised premiums for the route fourfold, and several carriers sent their ships around the Kessa peninsula, a detour of nine days.

The United Nations proposed a joint corridor in May, modelled on an arrangement that kept the strait open during a dispute in 2011.

Farmers' unions in Chile staged protests in the capital in June, demanding that the government accept the U.N. plan.

The Peruvian opposition rejected the terms, calling them "a surrender of our waters dressed up as a compromise." Its leader, Tomas Reyn, said his party would challenge the deal in parliament.

What Comes Next

The first convoy of eight ships is expected to sail on Friday, and the United Nations plans a review of the corridor after 60 days.

Analysts say the deal could lower food prices across the region if the corridor holds through the harvest.

Peru's parliament will vote on the agreement next week, and the opposition needs only 12 more votes to block it.

Diplomats from both countries are scheduled to meet again in Ostrel on 3 October to discuss a permanent settlement of the maritime border.
`

/**
 * The same event from a second outlet: one quotation in the same words as the first story (Peru's
 * warning), one the first does not have (a shipping group's), and a line of its own on prices.
 */
export const HARBOUR_SECOND_OUTLET = `Grain Corridor Opens Through the Selm Strait
Shipping Groups Cautious as First Convoy Prepares

Ships loaded with grain began queuing at Ostrel on Wednesday after Chile and Peru agreed to a 120-day corridor through the Selm Strait.

Peruvian President Dario Kest warned that "any ship that leaves the corridor will be treated as hostile, without exception." Peru's navy will inspect each ship at dawn.

The International Chamber of Shipping welcomed the corridor but cautioned that "insurers will want to see a month of safe crossings before premiums come down."

Wheat futures in the region dropped to their lowest level since February, traders in Ostrel reported.
`
