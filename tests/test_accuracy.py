"""Extraction accuracy against the hand-made gold: the seeds, and the dev and test corpora of
real articles (tests/corpus/LABELING.md).

The seed floors guard against regressions; the dev and test floors protect generality. Floors
only go up: raise them when the extractor improves.
"""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import io
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import GOLD, ROOT, SEEDS, run_cli

CORPUS = ROOT / "tests" / "corpus"
# Floors on the corpora of real articles, at what extraction reaches (bench/ACCURACY.md). Numbers of
# documents that never name their region now go to an unnamed 本县 rather than being dropped; the
# labels give them the real county, so attribution counts them wrong (LABELING.md, "The home region").
CORPUS_FLOORS = {
    # dev was lowered once, when r01-r09 (ranking pages, LABELING.md "Rankings") joined it: the
    # same extractor scores lower on the larger set; from there the floors only go up again.
    # F1 and number recall were lowered once more when p01-p06 joined it (LABELING.md, "Page
    # debris"): their 57 facts are ranks in lists and cells of a flattened table, which extraction
    # does not read yet (0.590 -> 0.576 and 0.876 -> 0.841 with the same extractor).
    # r13-r17 (LABELING.md, "Rank forms of one document") took the code of the time below these
    # floors (F1 0.657, number recall 0.883, indicator accuracy 0.791); the rank rules written from
    # them and r01-r12 brought dev to 0.684, 0.919 and 0.849, and the floors were raised there.
    # Attribution was lowered from 0.74 when q03-q05 and q07 joined (LABELING.md, "Notices and
    # forum posts"): q04's five facts belong to 埠村镇 (now 埠村街道), a town extraction cannot place
    # yet, so they go to an unnamed 我镇 (0.7425 -> 0.7399; the 69 older documents extract as before).
    # Test F1 and number recall were raised when a forum post's short lines were kept (0.698, 0.8625).
    # w01-w06 (LABELING.md, "Goals without a goal word") joined with the goal rules and the 城乡
    # pairs that read them; indicator accuracy then reached 0.856 and its floor was raised.
    # Raised again when bare 亿 rows, new units, rates two measures share and the measure of a
    # clause that names none were read (dev 0.693 / 0.938 / 0.874; test 0.704 / 0.867 / 0.830).
    # Dev F1 and attribution were raised when h01-h08 joined (LABELING.md, "Homes named once"):
    # 0.698 and 0.745 on the 87 documents.
    # Dev number recall was lowered from 0.935 when numbers of a document without a home, in
    # sentences that name no region, began to be left out instead of given to the region the text
    # names most (none of those 37 was right): they were found numbers under a wrong region, so
    # number recall fell (0.936 -> 0.931) while F1 rose (0.700 -> 0.708). It was lowered once more
    # (0.93 -> 0.925) when the size of a set of regions (其余3个县都…) stopped being a fact: one of
    # the six left out had been counted as a found number under a wrong region (F1 0.711 -> 0.713).
    # Dev F1 and attribution were raised when h09-h15 joined and the homes of visits, city and
    # province stories were read (LABELING.md, "Homes of visits, cities and provinces"): 0.710 ->
    # 0.722 and 0.755 -> 0.766 on the 95 documents. Dev number recall was lowered from 0.925 then:
    # the places of h12's and h14's towns are written 湖北第4 全国第272, without 位 or 名, which no
    # rule reads as a rank (0.920 on the 95 documents with the same extractor; 0.9246 after).
    # Raised when p07-p09 joined (LABELING.md, "Livestock and members' counts") with the rules for
    # counts written with a division's noun (辖12县, 6县(市)进入百强), 万只, one count for two regions
    # and places that take no other region's measure: dev 0.739 / 0.779 / 0.938 / 0.886 on 98
    # documents (the code before them: 0.729 / 0.774 / 0.924 / 0.885 on the same labels).
    # Dev kind accuracy was raised from 0.985 when r23-r25 joined (LABELING.md, "Places without 第")
    # with the rules for places without 第 (排名223位, 居44位), both ends of a move (由…54位前进到…),
    # 前进N个位次 and 增产/增收: 0.9787 -> 0.9897 on the 101 documents (0.9872 on the 98 before them).
    # Raised when r18-r21 joined (LABELING.md, "Ranks in rows and 经开区 results") with the rank rules
    # written from them and older pages (rows that open with a position, ordinals listed after a
    # rank word, a table under a dated heading, former county names, 县域经济N强 as the county
    # ranking): dev 0.750 / 0.789 / 0.942 / 0.891 on 105 documents (the code before them: 0.729 /
    # 0.780 / 0.913 / 0.885 on the same labels).
    # Lowered when r26-r31 joined (LABELING.md, "Places in reports and evaluations"): three of the
    # six name their home only as 我县/我縣 or put other regions' figures in brackets, and two are in
    # traditional characters with doubled commas; the code before their rules scored 0.732 / 0.774 /
    # 0.935 on the 111 documents, the rules written from them (figures in brackets, 均 over listed
    # measures, scores in 分) 0.740 / 0.780 / 0.939.
    # Dev kind accuracy was lowered from 0.988 when g01-g06 joined (LABELING.md, "Gaps, halves and
    # industries"): growth rates written 增速分别达9.1%、7.5% and GDP增速(-3.9%) read as shares, each
    # form in one page only (0.9893 on 111 documents -> 0.9878 on 117 with the same code; 0.9869
    # with the rules written from them, once 缙云全县 gave g06 its county and its figures were
    # matched). F1 and attribution were raised with those rules (0.728 -> 0.749 and 0.769 -> 0.791
    # on the 117 documents).
    # Kind and indicator accuracy lowered when g07-g09 joined (LABELING.md, "Rates after 分别, gaps
    # to a named place"): g07 and g09 list each county's or city's GDP as 名(607.87亿元 同比增长5.4%下同)
    # or 苏州(5186.64亿元), which no rule reads as GDP (other:数值), and g07's later bare rates after
    # 下同 read as shares (0.9862 / 0.8884 on the 120 documents before them; 0.9816 / 0.8521 on 123
    # with the rules written from them: 增速分别达/为 as growth, a gap's yardstick not its subject).
    # Indicator accuracy lowered when h19-h24 joined (LABELING.md, "Homes named in a slogan, by a
    # former name, beside counted peers"): h21 gives a district's and each town's 规上 output as
    # 实现产值 under a 规模以上工业企业 lead, which the taxonomy reads as a cluster's output
    # (0.8523 on the 123 documents before them, 0.8377 on 129 with the same extractor, 0.8388 with
    # the rules written from them).
    # Dev number recall lowered when r32-r38 joined (LABELING.md, "Park results, 十强 lists and
    # flattened tables"): ranks given by forms each in one page only (排名前十的有 before ten names,
    # 7-10位分別是, 占據前三, 數量前5的A(29個)、B(26個), 最高/次之) stay unread (0.9369 on the 129
    # documents before them, 0.8821 on 136 with the same extractor, 0.929 with the rules written
    # from them: tables flattened onto one line, 十强…依次为, 分列四五位, 上升2名).
    # Raised at the end of the round that added the attribution model, stray commas, location
    # phrases and 该县 stories: F1 0.7608 -> 0.7657, attribution 0.8128 -> 0.8152 on the 144
    # documents.
    # F1 and attribution lowered when n01-n04 joined (LABELING.md, "Ranks among a
    # city's counties"): none of the four names its home (only 我县/全县/全市), so their 137 figures go to
    # an unnamed 我县 and score as wrong regions, the known ceiling (0.7683 -> 0.7329 and 0.8154 ->
    # 0.7786 with the rule written from them; F1 without the 17 documents that never name their
    # home rose, 0.8751 -> 0.8786). Kind raised with the growth-noun rule (0.9834 -> 0.9849), then
    # lowered to 0.983 with the yardstick-noun rule (把某镇作为赶超对象): r08's figures now match its
    # home, and three of them are goal counts after 努力培植, a goal form of that page only, which
    # extraction reads as levels (0.9849 -> 0.9835; F1 and attribution rose).
    # Raised at the end of the round, once u01-u05, v01-v03, x01-x04 and k01 had joined with their
    # rules and 唯一一个 and quoted names stopped giving figures: F1 0.7427, attribution 0.7892,
    # kind 0.9864, number recall 0.9327, indicator 0.8481 on the 160 documents.
    # Number recall lowered when z01-z08 joined (LABELING.md, "Parks' and counties' places in
    # evaluations"): places written in forms each in one page only (ties marked 并列 in a top-ten
    # list, 十强县分别是 read as unordered, zones' places split over a list of names, places shared
    # by two quoted measures with 均) stay unread (0.9309 on the 166 documents before them, 0.927
    # on 174 with the same extractor, 0.9287 with the rules written from them); again when i01-i07
    # joined (LABELING.md, "A city measured against its neighbours"): a share of another city's
    # figure (只有武汉的45.5%) and a gap after 绝对差, each in one page, stay unread (0.9265 on 181).
    # Dev F1 lowered from 0.74 when generic words (我镇, 全省, 该县, 经开区) left the regions'
    # aliases (LABELING.md, "Aliases that name any region"): the scorer's alias map spans the corpus,
    # so e04's unnamed 我镇 had been scored as its town (0.7418 -> 0.7373 with the same extractor).
    # F1 and attribution lowered when j01-j05 joined (LABELING.md, "Homes written by their short
    # name"): j01 names its district once, by its short name in the headline, a form no kept rule
    # reads, so its figures go to an unnamed 我区 (0.7381 -> 0.7315, 0.7879 -> 0.7819).
    # Raised at the end of the round that added j01-j05, l01-l05, o01-o05, s01-s05 and y01-y02 with
    # their rules (industries before 分别, gaps to the page's own place, top lists without a colon,
    # notes that mark estimates): F1 0.7471, attribution 0.7974, number recall 0.9306, indicator
    # 0.8688 on the 200 documents (the code at the start of the round: 0.7436, 0.7955, 0.9271, 0.8551).
    # Number recall then lowered to 0.927 when o06 and s06 were put back (LABELING.md, "Pages put
    # back"): o06's table figures, a cell a line, are not read (0.9306 -> 0.9272 with the same code).
    # Raised when ab01-ag04 (220 documents) joined with their rules (a county named once by its
    # short name in a headline or caption, economic areas, parks listed before a shared suffix,
    # towns in lists, figures after 分别 to places named each with its own): 0.7657 / 0.8202 /
    # 0.9293 / 0.873 (the start-of-round code on the same labels is in bench/ACCURACY.md).
    # Raised when ai01-am04 (233 documents) joined with their rules (我市 of a county-level city,
    # towns' ranks and shared town names, counts the country opens, event words before a park
    # suffix, one project's figures): 0.7678 / 0.8215 / 0.8744 (start-of-round code in ACCURACY.md).
    # Indicator raised when an01-ap04 (245 documents) joined with their rules (the county a lead
    # names, counts of places, lists carried into the next clause, electricity units): 0.8787.
    # Indicator lowered from 0.876 when ar01-ar04 (249 documents) joined (LABELING.md, "Multiples and
    # gaps measured against named peers"): their peers' figures come out under `other:` labels
    # (a peer's GDP or population stated in passing) where the labels name core ids (0.8787 -> 0.8743 with the same
    # code; 0.8744 with the rules written from them).
    # F1 and attribution lowered when au01-au04 joined (LABELING.md, "Homes in a headline, a
    # source line or a glued short form"): au02 names its city only in (来源:玉溪日报) and au04 its
    # district only in 天桥发展, forms no kept rule reads, so their 36 figures go to an unnamed
    # 我市/我区 (0.767 -> 0.7608 and 0.822 -> 0.8161 with au01's headline-zone rule in).
    # F1 and attribution lowered when as01-as04 (249 documents, LABELING.md "Industry structure and
    # sector shares") joined: two of them write their place only as 全区/全省 (taken from the site),
    # so their 56 figures go to the unnamed 我区/我省, and as01's zones' output goes to the district
    # (0.767 / 0.822 on 245 -> 0.7607 / 0.8139 on 249, with the issuing-body field that names
    # as01's home and the industry named before a share of GDP; indicator 0.8787 -> 0.877).
    # Kind and indicator lowered when av01-av06 (251 documents) joined: av05 and av06 state plan
    # goals with no goal word in the figure's sentence (a follow-on sentence, lines under a goal
    # paragraph), read as levels, growths and shares, and their goal ids sit outside the core ids
    # (kind 0.9879 -> 0.9807, indicator 0.8782 -> 0.8741 with the same extractor).
    # Kind, number recall and indicator lowered when aw01-aw04 (273 documents, LABELING.md "Bare rates
    # that are growth") joined: their provinces' and cities' ranks written 紧随其后/分列四到十位, shared
    # bounds (several provinces' rates above one bound) and rates in brackets after names are missed or read as shares
    # (number recall 0.9295 -> 0.9251, kind 0.9848 -> 0.9809, indicator 0.8678 -> 0.8513 with the
    # growth-noun-after rule in). Kind and indicator were under their floors before them (0.984, 0.8664).
    # Number recall 0.925 -> 0.924 when the second reading of this round's pages added at03's
    # 第一经济大省 rank, which no rule reads (0.9251 -> 0.9249 with the same extractor).
    # Indicator lowered when bc01-bc04 joined (LABELING.md, "Effort words and what a year can give"):
    # 城市化水平, 县外资金到位 and the 产值 of one industry carry labels the extractor reads as other ids
    # (0.851 -> 0.8495 with the same extractor on bc01-bc03; 0.8508 once 农民人均收入 read as
    # rural_income; 0.8502 with bc04, whose shared 7% income goal comes out as disposable_income).
    # F1 and attribution raised when a page that only says 全县/全区 took the county or zone its web
    # address names (0.762 -> 0.8535, 0.8191 -> 0.9167); indicator lowered with it: a zone's report
    # (c10) now matched writes 第三产业, 经营总收入 and 产值 for core measures no synonym reads
    # (0.8538 -> 0.8495 though no figure's indicator changed; 0.8488 with bc01-bc04 also in).
    # Indicator 0.851 -> 0.848 when the place set against the others of its set became the home
    # (LABELING.md "Homes a page names in the third person"): i01's figures, unmatched before, now go
    # to 西安市, and their measure stands only in a section heading (一、国内生产总值:) that no rule
    # reads (0.851 -> 0.8481 on the 273 documents; F1, attribution and homes rose, test unchanged).
    # With both merged and bd01-bd03 in (280 documents): F1 0.8553, attribution 0.9183, indicator 0.8463.
    # Indicator 0.846 -> 0.842 when ranks after the last place stated (紧随其后), ranges of places over
    # a list (分列四到十位) and 领跑 were read (LABELING.md "Ranks after the last place stated"): no
    # matched figure's indicator changed, but ranks missed before (aw03's 分列四到十位 after a
    # 山东位列第三 whose measure stands in the clause after it, aw01's and aw02's 宿迁) are now matched
    # under an unnamed ranking (281 documents: F1 0.8579, attribution 0.9192, indicator 0.8421;
    # test unchanged). 0.841 with be02 in (282 documents: 0.8575 / 0.9195 / 0.8416): its 苏州's
    # 地区总产值 is a GDP no synonym reads.
    # Number recall raised with the rank forms of be01-be02 (紧随其后, ranges over a list; 0.9325).
    # Indicator 0.841 -> 0.838 when bj01-bj05 joined (LABELING.md "Gaps and multiples between named
    # cities, across years"): bj02's bullet lines (a city's name, a colon and a figure) name
    # their measure only in a heading above them, which no rule reads, and
    # bj04's figure of the lowest of a set of cities names none (0.8431 on the 286 documents before them, 0.839 on 291
    # with the same extractor). F1 0.85 -> 0.86 and attribution 0.915 -> 0.92 with the rules merged since.
    # Kind 0.98 -> 0.978 when bo01-bo05 joined (LABELING.md, "Goals as plans' main targets, after
    # their lead"): their goals written without a goal word of their own (0.982 -> 0.9781 with the
    # same extractor); the goal-list rules win most back, and the figures newly matched by the other
    # merged rules bring older errors into view (growth read as a share in lists of rates: aw04, ao02),
    # 0.9788 in all.
    # Raised (F1 0.87, attribution 0.925, number recall 0.935, indicator 0.845) with the rules merged
    # since, on 316 pages (bq, bs, bt, bx added): F1 0.8733, attribution 0.9273, number recall 0.937,
    # indicator 0.8466 (the code before them gives 0.8646, 0.9273, 0.929, 0.8363 on these labels).
    # Kind 0.978 -> 0.985 and indicator 0.845 -> 0.85 when rates that a sentence calls growth stopped
    # being read as shares (0.9801 -> 0.9883; indicator 0.8466 -> 0.854).
    # Raised (F1 0.875, number recall 0.945) with the rules of the next round, on 319 pages (ce01-ce03
    # added): F1 0.883, number recall 0.9486, attribution 0.9307 (the code before them gives 0.8689,
    # 0.9323, 0.925 on these labels).
    # Raised (F1 0.88, number recall 0.95, indicator 0.855) with the rules of the round after, on 331
    # pages (cm, cn, cp, cr added): F1 0.8849, number recall 0.9553, indicator 0.8607, attribution
    # 0.9289 (the code before them gives 0.8743, 0.9512, 0.8516, 0.9208 on these labels).
    # Raised (attribution 0.93, indicator 0.86) with the rules of the next round, on 354 pages (cs, ct,
    # cu, cv, cw, cx, cy, cz added, one of cw taken out as a copy): F1 0.8838, attribution 0.9308,
    # number recall 0.9519, indicator 0.8622 (the code before them gives 0.8753, 0.9256, 0.9449,
    # 0.8609 on these labels).
    # Lowered (F1 0.865, attribution 0.92, number recall 0.935, indicator 0.85) when da-di joined (26
    # pages, one a copy and taken out): a city finance note's table of districts split over three lines
    # (dd02, 70 cells unread), pages whose home only their site names (db03, dh03), cities of an
    # autonomous region that say 全区 of it: the code at the start of that round gives 0.8838 /
    # 0.9308 / 0.9519 / 0.8622 on the 354 pages before them and 0.8657 / 0.9198 / 0.9374 / 0.8477 on
    # all 380; the round's rules give 0.87 / 0.9228 / 0.9405 / 0.8563.
    # Lowered (F1 0.86, attribution 0.915, kind 0.98, indicator 0.845) when dj-dt joined (30 pages, all
    # second-read): an unnamed 全市 city review (dl02: 34 figures under 我市), a town report whose home
    # stands in a disclosure table (dn01), ranking pages in traditional characters with glosses (do01,
    # dq01), a 68-year review (dr03), rival cities set side by side (ds01), a district's work report
    # whose funds won (争取上级转移支付…) read as goals (dt01: 11 wrong kinds): the code at the start of
    # that round gave 0.87 / 0.9228 / 0.9862 / 0.8563 on the 380 pages before them and gives 0.8603 /
    # 0.9173 / 0.9802 / 0.847 on all 410; the round's rules give 0.8647 / 0.9195 / 0.9824 / 0.8468
    # (number recall 0.9318 -> 0.9355, above its floor).
    # Lowered (F1 0.85, attribution 0.91, number recall 0.93) when du-dz joined (17 pages, all
    # second-read, a 18th taken out): zones' and towns' reports whose place only their site, a firm's
    # name or an address shows (dy01 27 figures under 我区, dz01 23 under 我镇, dz02 and dz03 a 街道 that
    # writes only 街道), a zone named with a bracketed city (dv02: 17 figures to 河源市 and 中山市), a
    # national new area (dv03 兰州新区: 9 to 兰州市): the code at the start of that round gave 0.8647 /
    # 0.9195 / 0.9355 on the 410 pages before them (and the round's code the same) and gives 0.8488 /
    # 0.908 / 0.9246 on all 427; the round's rules give 0.8561 / 0.9116 / 0.9324.
    "dev": {"f1": 0.85, "attribution": 0.91, "kind_acc": 0.98, "number_recall": 0.93, "indicator_acc": 0.845},
    # Test number recall was lowered from 0.865 when 30强 stopped being a rank (see NUMBER_RECALL_FLOOR):
    # one test number went with it (0.8665 -> 0.8645) while six invented ranks did too (F1 0.706 -> 0.711).
    # Raised with the count rules above: F1 0.713 -> 0.719, number recall 0.8625 -> 0.8705,
    # indicator accuracy 0.830 -> 0.903 (attribution 0.7945 -> 0.7963).
    # Raised with the rank rules of r18-r21 above: F1 0.718 -> 0.735, number recall 0.8725 ->
    # 0.8964, attribution 0.7945 -> 0.802.
    # Raised when a town that shares its county's short name stopped taking the county's
    # mentions: F1 0.735 -> 0.743, attribution 0.802 -> 0.811.
    # Raised with the attribution model, band bounds and point lists: F1 0.743 -> 0.7495, attribution
    # 0.811 -> 0.8142, number recall 0.8964 -> 0.9004, kind 0.9452 -> 0.9457.
    # Test number recall was lowered from 0.895 when a yardstick (比全市…, (全市为…)) or a ranking's
    # field (在全市排第…) stopped counting as a mention of the place a story is about: a park report
    # that never names its park had given 13 of the park's figures to the city it is compared with;
    # they are now left out with the warning that asks for --home (0.9004 -> 0.8745), while F1 and
    # attribution rose (0.7495 -> 0.7603, 0.8142 -> 0.8383); F1 without the four documents that
    # never name their home is unchanged (0.8086).
    # Kind lowered back to 0.945 when v01-v03 joined dev with their gap and multiple rules: the
    # model retrained on them gives one more test figure its right region, and that figure's kind
    # is wrong (0.951 -> 0.9485), while F1 and attribution rose (0.7583 -> 0.7624, 0.836 -> 0.8405).
    # Kind raised with the place rules of z01-z08 (bare places after 排名/位次, 分别为N位, ordinal lists
    # without 第): four places of a 高新区 in its national evaluation
    # stopped being read as levels: 0.9485 -> 0.9593 (wrong kinds 19 -> 15).
    # F1, attribution and indicator lowered when generic words left the aliases (see dev above):
    # a park report that names its park only 高新区 had its figures scored under the park because
    # an invented name ending in 高新区 matched that alias (0.7632 -> 0.728, 0.8405 -> 0.8018,
    # 0.9006 -> 0.8917 with the same extractor).
    # Kind raised when figures a note calls estimates became estimates (0.9574 -> 0.9886).
    # F1 and attribution raised with the economic-area and park-list rules (0.7367, 0.8082).
    # Raised with the town rules of ai01-ai03 and al01-al03 and the park rules of am01-am04 (0.757,
    # 0.8288); indicator accuracy fell 0.8963 -> 0.8909 when a town name several counties share came
    # to be settled by the towns beside it: the newly matched facts carry labels outside the core ids.
    # Raised with the county a lead sentence names as home, and the count and list rules of the
    # same round (F1 0.757 -> 0.7921, attribution 0.8288 -> 0.8653), then with names before 分别 that
    # cannot be a subject passed over (0.8004, 0.8744; see PERIOD_FLOORS). Indicator accuracy lowered from
    # 0.89 with them (0.8909 -> 0.8895): the lead rule gives one report's figures their county, and
    # the 16 figures newly matched carry the extractor's usual share of indicator errors; no matched
    # figure's indicator changed.
    # Set anew when six fresh held-out pages (g01-g06) joined the 22 and the six test pages once
    # copied in dev left dev (tests/corpus/test/seen.csv): on the 28 pages F1 0.82, attribution
    # 0.888, number recall 0.887, indicator 0.8947; kind accuracy fell to 0.9804 with them, as the
    # town party-congress page (g06) gives its goals as levels and growths (on the 22 older pages
    # the same extractor has kind 0.9896, F1 0.8017, attribution 0.8747).
    # Test F1 and attribution lowered when six more fresh pages (tn01-tn06, labelled by a reader who
    # writes no rules) joined: three of them never name their own place (a county's speech, a city's
    # visit written as 我市, a zone's note), so their figures go to an unnamed home or to none
    # (F1 0.82 -> 0.8022, attribution 0.888 -> 0.8729 with the same extractor; the 28 older pages
    # keep 0.82 and 0.888). Raised when the test towns took today's names and an ordered list went
    # on past a place the division list lacks (F1 0.8111, attribution 0.8792, number recall 0.8922).
    # A second reader settled how a list that opens with a tie goes on (LABELING.md, "A tie at the
    # head of a list"), which moved g04's nine names after its pair one place up (F1 0.8164 -> 0.8025
    # with the extractor of the time); tied_count reads a heading's count and a stated place (dev z08,
    # r17) and gives 0.8164 again. g04 is in seen.csv: the unseen pages' 0.8365 did not move.
    # Raised (F1 0.82, attribution 0.88, number recall 0.895) with the same rules: F1 0.8208,
    # attribution 0.8831, number recall 0.8967; indicator 0.8958 -> 0.8926 on two figures newly
    # matched (a figure glued to GDP now read) whose measure the labels name otherwise.
    # Raised (F1 0.825, attribution 0.885, number recall 0.90) with the rules of the next round: F1
    # 0.8269, attribution 0.8858, number recall 0.9042 (the code before them: 0.8208, 0.8831, 0.8967).
    # Indicator raised to 0.90 when 人口 alone came to name the population and 进出口额, 固定资产投资额 their
    # measures (0.8947 -> 0.9028; no other test figure moved).
    "test": {"f1": 0.825, "attribution": 0.885, "kind_acc": 0.975, "number_recall": 0.90, "indicator_acc": 0.90},
}
# Goals and estimates whose number comes out as an achieved level: the error that misleads most.
# Test reached 0 when figures a note calls estimates ((预计数), 下同, 注：…为预计数) became estimates
# (10 -> 0); dev's five left are goal and estimate forms each in one page. Dev raised to 16 when
# av01-av06 joined: av05's and av06's plan goals written without a goal word (5 -> 16 with the
# same extractor), then lowered to 11 when a doubling still to come (翻一番, 翻两番) before a
# figure made it a goal (av05's incomes and fiscal goal, q04's year-end doubling). Raised to 15 when
# ax01-ax04 joined (ax02's plans of its county, with the same extractor), then lowered to 8 when a plan
# word right after the place in a sentence with figures made them goals (av05's and ax02's plans of a place).
# Raised to 13 when bc01-bc03 joined (bc02's 可实现 estimates, bc03's 2011 goals in a page with no
# date, with the same extractor), then lowered to 7 when 努力 with the verb of what it aims at made
# figures goals (r08) and 可实现 / 可以达到 made them estimates (p04, bc02), and to 6 when a goal word
# came to reach past a hard line break (av06's per-person output in the line after 力争).
# Test raised from 0 when the fresh pages joined: g06, a town's party-congress news, states three
# goals that come out as levels (0 on the 22 older pages with the same extractor). The issue's
# target is 0: this ceiling records where test stands, it is not the goal.
# Dev raised to 13 when bo01-bo05 joined (bo02's and bo04's goals after a plan's end and in a goal
# list's later sentences, with the same extractor), then lowered to 9 when a goal list came to reach
# the later sentences of its paragraph and 到“十四五”末 to date a goal (bo02's headline figure and its
# paragraph opened by 同时 stay levels). Test lowered to 0 with the same rules (3 -> 0).
# Dev raised to 11 when cr01-cr03 joined: cr02's two annual budgets (占年预算…万元的…%, labelled
# goals) come out as levels, a form no other dev page has (9 -> 11 with the same extractor).
# Dev raised to 13 when cx01-cx03 joined: cx02 names two goals with the goal word after them
# (提出…2.3亿,…6900万元目标), a form no other dev page has (11 -> 13 with the same extractor).
# Dev raised to 14 when dg01-dg03 joined: dg02 names a goal led by 推动 (推动…突破500亿元)
# with no goal word, comes out as a level (13 -> 14 with the same extractor).
NOT_ACTUAL_CEILINGS = {"dev": 14, "test": 0}
# Share of matched facts with the labelled period. Dev was lowered from 0.63 when the ranks of r02,
# r03 and r06 began to match: their year is written without 年 (2023全国…名单), which no rule reads
# yet. It was lowered from 0.60 once more when r10-r12 joined (LABELING.md, "More rankings"): the
# year of their list is stated once, in the report's name or in one sentence, and the ranks and
# counts in the other sentences are matched without it (0.575 -> 0.555 with the same extractor;
# 0.575 is what the ranks of numbered lists in p01-p02 had already brought the dev set to; the
# rank rules that followed give 0.551).
# Raised when the lead, a data note (采用2004年统计数据) and a list's year without 年 (2023全国…名单)
# began to date documents with no dated title.
# Test was raised when a government work report's figures began to take the year it reviews, the
# one before the year its congress hears it (0.829 -> 0.892).
# Dev lowered from 0.855 when the province's own story was read: w02's figures now match under
# 广东省, and a third of them carry a period the extractor does not read (0.8569 -> 0.8548 on the
# 95 documents; no document's share of right periods fell: w02 0.00 -> 0.65, h12 and r13 rose).
# Dev raised when a quarter's end (二季度末) came to be dated by its months (0.848 -> 0.858).
# Raised when a table under a dated heading began to take the heading's year (r19, t02): dev
# 0.858 -> 0.861, test 0.894 -> 0.8975.
# Test lowered when a town that shares its county's short name stopped taking the county's
# mentions: four more test figures match their region, and the share of matched figures with
# the right period fell (0.8975 -> 0.8877) though no figure's period changed.
# Dev lowered from 0.86 when r26-r31 joined (LABELING.md, "Places in reports and evaluations"):
# r31 dates its figures only by 一季度 in its first sentences, and the county forum post's later
# ones come out undated (0.8559 on the 111 documents with the code before their rules, 0.857 after).
# Dev lowered from 0.85 when g01-g06 joined (LABELING.md, "Gaps, halves and industries"): g01 and
# g06 state their period once, in the lead (今年一季度, 2023年上半年), which the labels carry to every
# figure and extraction gives to the lead's figures only (0.857 on 111 documents -> 0.8461 on 117
# with the same code; 0.8249 once g06's figures were given its county and matched).
# Test lowered from 0.885 when generic words left the aliases (see CORPUS_FLOORS): the park
# report's figures, no longer matched, had their periods right (0.8862 -> 0.8835).
# Dev lowered from 0.82 when ab01 and af01-af04 joined: j01's and ab01's figures, matched once
# their short-named homes were found, take the page's year where the labels keep 1-8月 and 前三季度
# (0.8417 -> 0.8216), and af04's thirty ranks take the evaluation year its lead states two
# paragraphs above the list, which extraction does not carry there (0.8233 -> 0.8146); ac01's
# figures under a heading that names 十二五 come out undated (0.8146 -> 0.8125).
# Test raised with the county a lead names (0.8871 -> 0.8918), then lowered to 0.88 when names before
# 分别 that cannot be a subject (A、B、C位列D之前,分别为…) stopped taking a list's figures: four test
# ranks now match their region (F1 0.7921 -> 0.8004, attribution 0.8653 -> 0.8744), and they carry
# no period, since a ranking list does not yet take the year its lead states (0.8918 -> 0.8825);
# no matched figure's period changed.
# Dev raised from 0.81 when a part of a year written alone took the year an undated text gives it
# elsewhere (2023年上半年…) and 前8个月 came to be read as 1-8月 (0.8177 -> 0.8285 on the same
# labels), and when the dev labels dated partial periods by the page's date line as the issue
# says, and dropped years found only in a page's address (LABELING.md; 0.8691).
# Dev raised to 0.87 when the merged round's pages and the ranking-result year were in (0.874).
# Dev lowered to 0.865 when c10, a zone's report, took its zone from its web address: its figures
# now matched are labelled 1-6月 where the text writes 上半年, the same months (0.8717 -> 0.8653;
# 0.8639 once bc01-bc04 and their goal rules were in).
# Dev lowered to 0.857 when bo01-bo05 joined (LABELING.md, "Goals as plans' main targets, after
# their lead"): a review's 这五年 is 十三五 and its stocks 2020 with no year written, 今后五年 at a
# report of 2013 is 2013-2017, and a goal paragraph's year (到2020年) dates the paragraph after it,
# periods no rule reads (0.8656 -> 0.8568 with the same extractor; 0.8574 with their goal rules;
# 0.8547 once bo03's figures, which went to a class of zones, matched 衡山县 with no period).
# Raised (dev 0.88, test 0.89) with the period rules of this round: an honour list's year for counts
# of its members, a plan's end for its goal levels, 初步核算 dated by what follows, quarter baselines
# and span headings dating nothing, a figure after a year and 的, a page date at a line's head
# (0.8845, 0.896; the code before them gives 0.8501 and 0.888 on these labels, the new pages
# bq, bs, bt and bx having taken dev from 0.8592 to 0.8501 with that code).
# Dev raised to 0.885 with the next round's period rules (one month's figures, years just past, 去年 of
# an undated page, ranks held for years): 0.8865 (the code before them gives 0.8845 on these labels).
# Dev lowered to 0.884 in the round after: the facts its rules newly match (zones listed by their
# cities, rates shared by listed measures, counts of members) and cr02's annual budgets, which the
# extractor dates by the page's 1-5月 where the labels give none, carry periods the labels read
# otherwise (0.8847; the code before them gives 0.8854 on these labels).
# Dev lowered to 0.880 when cs, ct and cu joined: cu01's budget figures to June (labelled 6月, which
# the extractor leaves undated), ct's 年均增长 of a 十三五 review (dated 2019 by the extractor) and its
# from-to pairs whose sentence states no year (0.8847 -> 0.8804 with the same extractor). With every
# page of that round (cv-cz too) it is 0.8801; the code before the round gives 0.8793 on those labels.
# Dev lowered to 0.865 when da-di joined: de02's and de03's city reports state 上半年 once, in the lead
# or as 半年报, which the labels carry to every figure and extraction does not; dh02's and dg's periods
# without a year (0.8801 on the 354 pages before them; the code before that round gives 0.8707 on all
# 380, its rules 0.8702).
PERIOD_FLOORS = {"dev": 0.865, "test": 0.89}

F1_FLOOR = 0.95  # a regression guard: a general fix may cost a seed fact
KIND_FLOOR = 0.98
ATTRIBUTION_FLOOR = 0.98
INDICATOR_FLOOR = 0.98  # on the core ids of tests/gold/indicators.csv
# Lowered from 0.99 when 30强 stopped being read as rank 30: the dev and test labels (LABELING.md)
# give 跻身全国30强 no fact, a place in a band being no position, while the seed labels give seed
# 001's 入围30强, 进入十强 and 50强 ranks 30, 10 and 50 (seeds number recall 1.0 -> 0.965; dev lost
# 13 invented ranks, test 6).
NUMBER_RECALL_FLOOR = 0.96


@pytest.fixture(scope="module")
def result(tmp_path_factory) -> dict:
    out = tmp_path_factory.mktemp("accuracy") / "facts.csv"
    run_cli("extract", str(SEEDS), "--format", "csv", "-o", str(out), check=True)
    spec = importlib.util.spec_from_file_location("gold_score", GOLD / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score(str(GOLD), str(out))


def test_seed_fact_f1_and_kind_accuracy(result):
    assert result["f1"] >= F1_FLOOR, result
    assert result["kind_acc"] >= KIND_FLOOR, result


def test_seed_attribution_indicator_and_number_recall(result):
    assert result["attribution"] >= ATTRIBUTION_FLOOR, result
    assert result["indicator_acc"] >= INDICATOR_FLOOR, result
    assert result["number_recall"] >= NUMBER_RECALL_FLOOR, result


def test_no_spurious_regions_on_the_seeds(result):
    assert result["spurious_regions"] == {}, result["spurious_regions"]


def test_regions_listed_once_with_level_parent_and_home(corpus):
    from reporter.corpus import regions_table

    table = regions_table(corpus)
    assert not table["full_name"].duplicated().any(), table
    rows = {r.region: r for r in table.itertuples()}
    expected = {
        "西双版纳州": ("prefecture", "云南省"),
        "松江区": ("county", "上海市"),
        "上虞区": ("county", "绍兴市"),
        "泗泾镇": ("town", "松江区"),
        "金山区": ("county", "上海市"),
        "上海湾区生物医药港": ("park", "金山区"),
        "手拉手汽车港": ("park", "泗泾镇"),
        "洋口港经济开发区": ("park", "如东县"),
        "上虞经开区": ("park", "上虞区"),
    }
    for name, (level, parent) in expected.items():
        assert (rows[name].level, rows[name].parent) == (level, parent), name
    homes = {(r.doc[:3], corpus.regions[r.region_id].name) for r in corpus.roles.itertuples() if r.role == "home"}
    assert {("000", "西双版纳州"), ("002", "泗泾镇"), ("003", "如东县")} <= homes


def load_module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def load_scorer():
    return load_module(GOLD / "score.py", "gold_score")


@pytest.mark.parametrize("part", ["dev", "test"])
def test_corpus_accuracy_floors(part: str, tmp_path: Path) -> None:
    out = tmp_path / "facts.csv"
    run_cli("extract", str(CORPUS / part / "texts"), "--format", "csv", "-o", str(out), check=True)
    result = load_scorer().score(str(CORPUS / part), str(out))
    low = {k: (result[k], floor) for k, floor in CORPUS_FLOORS[part].items() if result[k] < floor}
    assert not low, low
    bench = load_module(ROOT / "bench" / "accuracy.py", "bench_accuracy")
    pred = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    period = bench.period_accuracy(load_scorer(), CORPUS / part, pred)
    # Only the figure in the message: the test corpus is scored, its rows are never shown.
    assert period >= PERIOD_FLOORS[part], f"period accuracy {period} < {PERIOD_FLOORS[part]}"
    shown = bench.not_actual_as_actual(load_scorer(), CORPUS / part, pred)
    assert shown <= NOT_ACTUAL_CEILINGS[part], f"goals/estimates shown as actual {shown} > {NOT_ACTUAL_CEILINGS[part]}"


# Documents whose home is right (bench/accuracy.py, "documents with the right home"): dev 60/87 and
# test 13/22 when h01-h08 joined dev and the home rules written with them came in. Dev raised to
# 73/95 when h09-h15 joined and the visitors of 来我县, a province's own story, 我省 beside a
# place named less often, a city's short form, a delegation's own place and towns described in
# turn were read (64/95 before, on the same 95; test stays 13/22).
# Dev was lowered from 0.765 when r23-r25 joined (LABELING.md, "Places without 第"): r24's home is
# 陕西省, whose statistics bureau's release a city paper reports, and extraction finds none (75/98 ->
# 77/101 with the same extractor).
# Lowered from 0.76 when r18-r21 joined (LABELING.md, "Ranks in rows and 经开区 results"): the same
# code finds the home of one of these four ranking pages (77/101 -> 78/105; a city paper's list of
# its province's towns is missed, and two national lists that have none are given one).
# Dev lowered from 0.74 when r26-r31 joined: r27 and r31 name their home only as 我縣/我县 (the
# labels take it from the page), r28's is a province whose zones the text is about (78/105 -> 79/111).
# Lowered from 0.71 when g01-g06 joined (LABELING.md, "Gaps, halves and industries"): three are
# comparison pages whose home the labels take from what they are about (安徽省 and 芜湖市, 大连市,
# 常州市) and extraction gives none (79/111 -> 81/117 with the code before them, 82/117 after,
# g06's 缙云).
# Dev lowered from 0.70 when i01-i07 joined (LABELING.md, "A city measured against its
# neighbours"): comparison pages again; i01's 西安 is taken for a 西安区 because the text implies
# 吉林 and 黑龙江, and i06's home is 江苏省, whose cities the repost compares (126/181; 124/174 on
# the documents before them).
# Test lowered from 0.59 with the generic aliases (see CORPUS_FLOORS): the park report's home had
# been right only through its alias 高新区 (13/22 -> 12/22).
# Dev lowered from 0.69 when y02 joined (LABELING.md): a work report that writes its city only as
# XX市, labelled with no home, whose 我市 extraction calls home (126/182 -> 126/183).
# Dev raised at the end of the same round (140/200; 138/200 with the code at its start).
# Test raised when a county-level city's 我市 over its towns became that city and 全镇 of several
# towns stopped making one of them the home (12/22 -> 14/22; dev 158/223 -> 160/223 with ai01-ai03).
# Test raised with the county a lead sentence names (14/22 -> 15/22). Dev lowered from 0.70 when
# ao04 was put back (LABELING.md, "A page put back"): it writes its county only as 我县 (171/244 ->
# 171/245 with the same extractor). Dev lowered from 0.695 when at01-at04 joined (LABELING.md,
# "Towns written after their county"): three of the four ranking pages get a home extraction
# cannot tell (a listed county for two pages with none, a county of the city whose towns are
# listed), the same with the extractor before their round (171/245 -> 172/249).
# Dev lowered from 0.695 when as01-as04 joined (LABELING.md "Industry structure and sector
# shares"): as03 and as04 write their place only as 全区/全省 (171/245 -> 173/249).
# Dev raised to 0.70 at the end of the round that brought it to 273 documents (192/273, 0.7033),
# then to 0.71 when an opening question about a race named the article's own city (195/273).
# Test lowered from 0.68 when the six fresh pages joined (18/28): three of them have a home the
# extractor misses (a city's benchmarking article, a capital's piece on its peers, a zone's annual
# note); the 22 older pages keep 15/22.
# Dev raised to 0.75 when a page that only says 全县/全区 took the county or zone its web address
# names (207/273).
# Dev raised to 0.77 with the homes of pages that name their place in the third person, a city
# paper's source line, and bd01-bd03 (217/280).
# Test lowered to 0.61 when tn01-tn06 joined: three of the six never name their home (21/34; the
# 28 older pages keep 18/28).
# Dev raised to 0.80 with the home rules and the home model of this round (262/316, of which the
# model, trained on dev, accounts for about five; out of fold it fixes four).
# Dev raised to 0.82 with the homes of the round that added cm, cn, cp and cr (277/331, 0.8369).
# Dev lowered to 0.80 when da-di joined (308/380, 0.8105): some name their home only by a site the
# address reader does not know (db03, dh03) or never (dd01: an unnamed 我市 now), others set it among
# several places with figures (da03, dg02, di02); the code before that round gives 307/380.
# Dev kept at 0.80 when dj-dt joined (30 pages), at its edge: pages with no home of their own
# (do01-do03, dq02, dq03), a home named only by a site the address reader does not read (dl02), a
# city paper's SEO title naming the rival (ds01); the code before that round gives 325/410 (0.7927),
# the round's 328/410 (0.80).
# Dev lowered to 0.78 when du-dz joined (17 pages): eight name their home only by reference, some
# by a site the address reader cannot spell (dy01's zzgxqgwhmhwz, dz01's zs, dz02's sxyc) or by
# firms and landmarks alone (dy03), and 三角镇 is a name four towns share; the code before that
# round gives 336/427 (0.7869), and so does the round's.
# Dev lowered to 0.77 when ea-eg joined (21 pages, all second-read): a province's places in a
# ranking, told as a table or a post, whose province no rule takes for the home (ea02, ed02, ed03),
# a city paper's comparison of its new area with the city that the city's 全市 now wins (eb01), a
# partner park's and a free-trade zone's own pages read as their cities' (eb02, eb03), a section-by-
# section comparison that takes no side but names its province first (ec03), a town's news read as
# its city's (ef01); the code at the start of that round gives 347/448 (0.7746), the round's 348/448
# (0.7768).
HOME_FLOORS = {"dev": 0.77, "test": 0.61}


@pytest.mark.parametrize("part", ["dev", "test"])
def test_corpus_home_floors(part: str) -> None:
    listing = run_cli("regions", str(CORPUS / part / "texts"), "--format", "csv", check=True).stdout
    bench = load_module(ROOT / "bench" / "accuracy.py", "bench_accuracy")
    table = list(csv.DictReader(io.StringIO(listing)))
    docs = {p.name for p in (CORPUS / part / "texts").iterdir()}
    checks = bench.region_checks(load_scorer(), CORPUS / part, table, docs)
    right, total = checks["homes"]
    assert right / total >= HOME_FLOORS[part], (right, total)
    # Regions with facts that no label names: the goal is at most one per 10 documents. Test met
    # it when event words and a zone's body before a park suffix stopped naming parks (1.36 ->
    # 0.91); dev has 1.97, most of them the unnamed 我县 of documents that never name their home.
    assert 10 * len(checks["spurious"]) / len(docs) <= SPURIOUS_CEILINGS[part], checks["spurious"]


# Dev lowered to 1.7 when pages that only say 全县/全区 took the place their web address names, so
# fewer figures went to an unnamed 我县 (1.98 -> 1.56).
SPURIOUS_CEILINGS = {"dev": 1.7, "test": 1.0}


def test_corpus_labels_are_verbatim_and_consistent() -> None:
    proc = subprocess.run(
        [sys.executable, str(CORPUS / "check.py"), str(CORPUS / "dev"), str(CORPUS / "test")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout


@pytest.mark.parametrize("part", ["dev", "test"])
def test_every_corpus_document_is_read_and_names_a_region(part: str) -> None:
    from reporter.pipeline import load_corpus

    corpus = load_corpus([CORPUS / part / "texts"])
    assert corpus.skipped == ()
    texts = sorted(p.name for p in (CORPUS / part / "texts").iterdir())
    assert sorted(corpus.documents) == texts
    with_regions = {r.doc for r in corpus.role_records}
    # A page whose only place is a name several divisions share (dev ax01: a town's name two
    # districts have, its district written only inside a longer word) names none that can be
    # told: it must say so with a warning, not go silent.
    # A page that names no place at all (dev dz03: a 街道's report saying only 街道) must say so too.
    doubted = {w.split(":", 1)[0] for w in corpus.warnings if "有多个可能" in w or "未写明任何地区" in w}
    assert [d for d in texts if d not in with_regions and d not in doubted] == []
    assert all(doc.body.strip() for doc in corpus.documents.values())


def check_one_document(folder: Path, text: str, facts: str, aliases: str) -> subprocess.CompletedProcess:
    """tests/corpus/check.py run on a corpus of one document x.txt about 示例镇, with these fact rows."""
    (folder / "texts").mkdir()
    (folder / "texts" / "x.txt").write_text(text, encoding="utf-8")
    digest = hashlib.sha256((folder / "texts" / "x.txt").read_bytes()).hexdigest()
    (folder / "sources.csv").write_text(f"id,url,query,chars,sha256\nx.txt,,,{len(text)},{digest}\n", encoding="utf-8")
    (folder / "facts.csv").write_text(
        "doc,region,indicator,value,unit,period,qualifier,kind,evidence\n" + facts, encoding="utf-8"
    )
    (folder / "regions.csv").write_text(
        f"region,full_name,level,parent,aliases,docs_roles\n示例镇,示例镇,town,,{aliases},x.txt:home\n",
        encoding="utf-8",
    )
    return subprocess.run([sys.executable, str(CORPUS / "check.py"), str(folder)], capture_output=True, text=True)


def test_corpus_check_rejects_an_alias_that_names_any_region(tmp_path: Path) -> None:
    # The scorer's alias map spans the corpus: an alias 我镇 would credit every document's 我镇.
    proc = check_one_document(tmp_path, "示例镇今年财政收入3亿元。", "", "示例|我镇")
    assert proc.returncode == 1 and "我镇" in proc.stdout, proc.stdout


def test_corpus_check_rejects_a_bare_division_suffix_as_an_alias(tmp_path: Path) -> None:
    # A bare 镇 (or 省, 市) would credit every town a document names to this one.
    proc = check_one_document(tmp_path, "示例镇今年财政收入3亿元。", "", "示例|镇")
    assert proc.returncode == 1 and "aliases 镇" in proc.stdout, proc.stdout


def test_corpus_check_rejects_a_folder_without_texts(tmp_path: Path) -> None:
    # check.py dev (a name, not a path) once reported 0 problems for a folder that does not exist.
    proc = subprocess.run(
        [sys.executable, str(CORPUS / "check.py"), str(tmp_path / "dev")], capture_output=True, text=True
    )
    assert proc.returncode == 1 and "texts" in proc.stdout, proc.stdout


def test_corpus_check_rejects_a_row_with_too_many_fields(tmp_path: Path) -> None:
    # An evidence with an unquoted comma splits into two fields and shifts the row.
    row = "x.txt,示例镇,fiscal_revenue,3,亿元,,,level,示例镇今年财政收入3亿元,增长5%\n"
    proc = check_one_document(tmp_path, "示例镇今年财政收入3亿元,增长5%。", row, "示例")
    assert proc.returncode == 1 and "number of fields" in proc.stdout, proc.stdout


def test_corpus_check_rejects_a_traditional_copy_of_a_page_shifted_by_a_line(tmp_path: Path) -> None:
    # The same article reposted in traditional characters, with reading glosses and a site's
    # line above it, is still the same page.
    text = "示例镇今年财政收入3亿元,比上年增长5%,规上工业企业达到42家,位列全县第一。" * 2
    copy = "某某网 2024-01-02\n" + "示例鎮今年財(cái)政收入3億元,比上年增長5%,規上工業企業達到42家,位列全縣第一。" * 2
    (tmp_path / "dev").mkdir()
    (tmp_path / "test").mkdir()
    check_one_document(tmp_path / "dev", text, "", "示例")
    check_one_document(tmp_path / "test", copy, "", "示例")
    folders = [str(tmp_path / "dev"), str(tmp_path / "test")]
    proc = subprocess.run([sys.executable, str(CORPUS / "check.py"), *folders], capture_output=True, text=True)
    assert "test/x.txt: the same page as dev/x.txt" in proc.stdout, proc.stdout


def test_corpus_check_rejects_a_page_in_both_folders(tmp_path: Path) -> None:
    # A test page copied into dev is tuned on; it must be refused even saved with other spacing.
    text = "示例镇今年财政收入3亿元,比上年增长5%,规上工业企业达到42家,位列全县第一。" * 2
    (tmp_path / "dev").mkdir()
    (tmp_path / "test").mkdir()
    check_one_document(tmp_path / "dev", text, "", "示例")
    check_one_document(tmp_path / "test", text.replace(",", ", "), "", "示例")
    folders = [str(tmp_path / "dev"), str(tmp_path / "test")]
    proc = subprocess.run([sys.executable, str(CORPUS / "check.py"), *folders], capture_output=True, text=True)
    assert proc.returncode == 1 and "test/x.txt: the same page as dev/x.txt" in proc.stdout, proc.stdout
    other = "示例镇全年完成固定资产投资12亿元,新增市场主体860户,城镇居民人均收入4.2万元。" * 2
    (tmp_path / "test" / "texts" / "x.txt").write_text(other, encoding="utf-8")
    proc = subprocess.run([sys.executable, str(CORPUS / "check.py"), *folders], capture_output=True, text=True)
    assert "same page" not in proc.stdout, proc.stdout
