"""Page debris around and inside an article saved as text: each kind on a page written for it.

Every page and sentence here is written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from reporter.body import is_furniture, is_jammed
from reporter.ingest import read_document
from reporter.models import Document

FIRST = "2023年，全县实现地区生产总值412.7亿元，同比增长5.9%，增速高于全市平均水平0.6个百分点。"
SECOND = "全年一般公共预算收入26.4亿元，增长7.2%；规上工业增加值增长8.8%，新增规上工业企业31户。"
THIRD = "全县新签约亿元以上项目37个，完成固定资产投资同比增长10.3%，其中工业投资增长15.1%。"
FOURTH = "城乡居民人均可支配收入分别达到48620元和25310元，分别增长5.1%和6.9%，收入差距继续缩小。"


def read(tmp_path: Path, text: str) -> Document:
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def kept_lines(doc: Document) -> list[str]:
    return doc.body.split("\n")


def test_a_long_report_header_is_kept_up_to_the_breadcrumb(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "当前位置：首页 > 政务公开 > 规划计划",
            "（某某省）示范县人民政府工作报告（2024年1月10日）",
            "政府工作报告",
            "——2024年1月10日在示范县第十八届",
            "人民代表大会第三次会议上",
            "示范县县长 某某某",
            "各位代表：",
            FIRST,
            SECOND,
        ]
    )
    doc = read(tmp_path, page)
    assert doc.title == "（某某省）示范县人民政府工作报告（2024年1月10日）"
    assert kept_lines(doc)[:3] == [
        "（某某省）示范县人民政府工作报告（2024年1月10日）",
        "政府工作报告",
        "——2024年1月10日在示范县第十八届",
    ]
    assert "当前位置" not in doc.body and "当前位置" not in "".join(doc.metadata)


def test_one_word_tags_above_a_header_are_not_taken_in(tmp_path: Path) -> None:
    page = "\n".join(
        ["经济", "工作总结", "示范县2023年经济运行情况", "示范县统计局", "（2024年2月1日）", FIRST, SECOND]
    )
    doc = read(tmp_path, page)
    assert doc.title == "示范县2023年经济运行情况"
    assert doc.body.startswith("示范县2023年经济运行情况\n") and "工作总结" not in doc.metadata


def test_a_question_repeated_before_every_paragraph_is_a_heading_of_the_article(tmp_path: Path) -> None:
    question = "示范县的优势在哪里?"
    page = "\n".join([question, FIRST, question, SECOND, question, THIRD])
    doc = read(tmp_path, page)
    assert doc.body.count("示范县的优势在哪里?") == 3


def test_a_headline_printed_twice_in_a_row_in_a_list_is_still_a_repeat(tmp_path: Path) -> None:
    items = ["示范县召开项目推进会", "示范县召开项目推进会", "示范镇开展安全生产检查", "示范镇开展安全生产检查"]
    doc = read(tmp_path, "\n".join([FIRST, SECOND, THIRD, "\n".join(items)]))
    assert "推进会" not in doc.body and "安全生产检查" not in doc.body


def test_numbered_headings_between_paragraphs_are_not_a_list(tmp_path: Path) -> None:
    page = "\n".join(["1.示范区", FIRST, "2.示范新区", SECOND, "3.示范港区", THIRD])
    doc = read(tmp_path, page)
    assert [line for line in kept_lines(doc) if line[0].isdigit() and len(line) < 10] == [
        "1.示范区",
        "2.示范新区",
        "3.示范港区",
    ]


def test_a_legal_notice_under_its_heading_ends_the_article(tmp_path: Path) -> None:
    notice = "凡注明来源为示例在线的稿件，均为示例在线独家版权所有，未经许可不得转载或镜像；授权转载须注明来源。"
    page = "\n".join([FIRST, SECOND, "表一 示范县主要经济指标", "（注：数据来源于县统计局）", "版权和免责声明", notice])
    doc = read(tmp_path, page)
    assert "独家版权" not in doc.body
    assert kept_lines(doc)[-2:] == ["表一示范县主要经济指标", "（注：数据来源于县统计局）"]


def test_a_news_item_under_a_recommendation_heading_is_not_the_article(tmp_path: Path) -> None:
    other = "示范移动公司近日在市区开展5G网络优化活动，新增基站120个，覆盖全部乡镇，市民上网速度明显提升。"
    doc = read(tmp_path, "\n".join([FIRST, SECOND, THIRD, "新 闻 推 荐：", other]))
    assert "5G" not in doc.body and doc.body.endswith(THIRD)


def test_an_inline_related_box_does_not_cut_the_larger_part_of_the_article(tmp_path: Path) -> None:
    page = "\n".join([FIRST, "相关阅读", "示范县上半年经济运行简析", SECOND, THIRD, FOURTH])
    doc = read(tmp_path, page)
    assert doc.body.endswith(FOURTH)


def test_a_page_title_with_a_site_suffix_above_the_headline_is_the_pages(tmp_path: Path) -> None:
    page = "\n".join(["示范县工作总结工作总结范文大全", "示范县工作总结", FIRST, SECOND])
    doc = read(tmp_path, page)
    assert doc.title == "示范县工作总结"
    assert "范文大全" not in doc.body and "示范县工作总结工作总结范文大全" in doc.metadata


def test_a_title_split_over_two_lines_below_its_whole_copy_keeps_the_whole_title(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "示范县2023年国民经济和社会发展计划执行情况的报告",
            "示范县2023年国民经济",
            "和社会发展计划执行情况的报告",
            FIRST,
            SECOND,
        ]
    )
    doc = read(tmp_path, page)
    assert doc.title == "示范县2023年国民经济和社会发展计划执行情况的报告"


def test_reporters_named_without_a_colon_are_a_byline(tmp_path: Path) -> None:
    page = "\n".join([FIRST, SECOND, "（本报记者 张某某 通讯员 李某）"])
    doc = read(tmp_path, page)
    assert "记者" not in doc.body and "（本报记者 张某某 通讯员 李某）" in doc.metadata
    doc = read(tmp_path, "\n".join([FIRST, SECOND, "记者 王某某"]))
    assert "记者" not in doc.body and "记者 王某某" in doc.metadata


def test_a_site_name_with_a_date_and_time_is_a_byline(tmp_path: Path) -> None:
    page = "\n".join(["示范县上半年工业产值稳步增长", "www.example.cn   示范新闻网  2024-01-11 09:06", FIRST, SECOND])
    doc = read(tmp_path, page)
    assert doc.date == "2024-01-11"
    assert "example" not in doc.body and any("2024-01-11 09:06" in m for m in doc.metadata)


def test_a_figure_caption_with_a_span_of_years_is_not_a_phone_number(tmp_path: Path) -> None:
    page = "\n".join([FIRST, "图1：2019-2023年全县地区生产总值及增长速度", SECOND])
    doc = read(tmp_path, page)
    assert "图1：2019-2023年全县地区生产总值及增长速度" in doc.body


def test_a_download_notice_is_furniture_however_punctuated(tmp_path: Path) -> None:
    notice = "本站文档均由用户上传，仅供参考，如有侵权请联系客服删除，下载前请仔细阅读文档内容。"
    doc = read(tmp_path, "\n".join([notice, FIRST, SECOND, THIRD]))
    assert "上传" not in doc.body


def test_a_sites_disclaimer_above_a_reposted_article_is_furniture(tmp_path: Path) -> None:
    heading = "网站声明："
    notice = "本文仅代表作者本人意见，与本网无涉。文中内容未经本站证实，请读者自行判断，如有侵权请联系删除。"
    doc = read(tmp_path, "\n".join([heading, notice, FIRST, SECOND, THIRD]))
    assert "本人意见" not in doc.body and "网站声明" not in doc.body


def test_a_media_notice_in_traditional_characters_is_furniture() -> None:
    # 版權 and 侵權 are the notice's 版权 and 侵权; with the advertising line it is no sentence of the article.
    notice = "聲明:部分圖文來源于網絡,版權屬原作者所有,如有侵權請告知刪除,廣告合作:010-00000000。"
    assert is_furniture(notice)
    assert not is_furniture(FIRST)


def test_desktop_prompts_and_a_breadcrumb_ending_in_the_article_are_furniture(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "添加示例网到电脑桌面",
            "安装后可以在桌面快捷访问",
            "示例网天津 > 正文",
            "示范区经济运行实现开门红",
            FIRST,
            SECOND,
        ]
    )
    doc = read(tmp_path, page)
    assert doc.title == "示范区经济运行实现开门红"
    assert "桌面" not in doc.body and "正文" not in doc.body


def test_a_recommendation_menu_is_furniture(tmp_path: Path) -> None:
    doc = read(tmp_path, "\n".join(["示例推荐 ····· ····· 本省 推荐", FIRST, SECOND]))
    assert doc.body.startswith(FIRST[:10])


def test_a_paragraph_cut_off_at_the_end_of_the_file_is_kept(tmp_path: Path) -> None:
    doc = read(tmp_path, "\n".join([FIRST, SECOND, "从招商引资看，1至2月，签约落地项目"]))
    assert doc.body.endswith("从招商引资看，1至2月，签约落地项目")


def test_a_tag_line_at_the_end_of_the_file_is_not_kept(tmp_path: Path) -> None:
    doc = read(tmp_path, "\n".join([FIRST, SECOND, "示范县工厂货梯定制"]))
    assert doc.body.endswith(SECOND)


def test_a_ranking_list_after_the_last_paragraph_is_the_articles(tmp_path: Path) -> None:
    rows = ["1、示范高新区", "2、样板经济开发区", "3、模范工业园区", "4、示范县临港产业园"]
    page = "\n".join(
        ["示范省园区综合评价结果公布", FIRST, SECOND, "附：全省园区综合评价前4名", *rows, "来自：示范日报"]
    )
    doc = read(tmp_path, page)
    assert doc.line_numbers[-5:] == (4, 5, 6, 7, 8)  # the caption and the four rows, not the source
    assert "示范日报" not in doc.body


def test_numbered_headlines_after_the_article_are_still_a_list(tmp_path: Path) -> None:
    headlines = [
        "1 示范县召开全县经济工作会议部署明年重点任务",
        "2 示范县举行重点项目集中开工仪式暨项目推进会",
        "3 示范县开展安全生产大检查确保节日期间平安",
    ]
    doc = read(tmp_path, "\n".join(["示范县经济运行情况", FIRST, SECOND, *headlines]))
    assert not any(h in doc.body for h in headlines)


def test_rows_that_do_not_count_up_are_not_a_ranking(tmp_path: Path) -> None:
    rows = ["3、示范高新区", "1、样板经济开发区", "7、模范工业园区"]
    doc = read(tmp_path, "\n".join(["示范县经济运行情况", FIRST, SECOND, *rows]))
    assert not any(r in doc.body for r in rows)


def test_a_table_saved_a_cell_a_line_after_the_post_is_kept(tmp_path: Path) -> None:
    cells = ["城市", "总量", "甲市 2310.5亿", "乙市 1450亿", "丙市", "丁市 988.2亿", "戊市 3012.7亿"]
    page = "\n".join(["标题: 几个城市的经济总量对比", FIRST, SECOND, "2023年经济总量对比", *cells])
    doc = read(tmp_path, page)
    assert doc.line_numbers[-len(cells) - 1 :] == tuple(range(4, 5 + len(cells)))


def test_a_forum_reply_quoting_the_post_keeps_both_copies(tmp_path: Path) -> None:
    post = FIRST + SECOND
    doc = read(tmp_path, "\n".join([post, post, "", "某网友"]))
    assert kept_lines(doc) == [post, post]
    assert "某网友" not in doc.body


def test_forum_and_document_site_furniture_is_dropped(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "示范论坛",
            "标题: 示范县去年的经济数据 [打印本页(yè)]",
            "作者: 某网友    时间: 2024-01-05 10:20",
            "资源描述",
            "《示范县经济运行情况》由会员分享,可在线阅读,更多相关《示范县经济运行情况(5页珍藏版)》请在示范文库上搜索。",
            FIRST,
            SECOND,
            THIRD,
            "(责(zé)编:某某 审核:某某)",
            "查看完整版本: 示范县去年的经济数据",
        ]
    )
    doc = read(tmp_path, page)
    assert kept_lines(doc) == [FIRST, SECOND, THIRD]


def test_page_thumbnails_and_pager_of_a_document_site_are_not_taken_in(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "示范镇年度工作情况汇报",
            "编号:90817263",
            "页数:12页",
            "示范镇年度工作情况汇报_第1页",
            "示范镇年度工作情况汇报_第2页",
            "第2页 / 共12页",
            "示范镇年度工作情况汇报_第3页",
            FIRST,
            SECOND,
        ]
    )
    doc = read(tmp_path, page)
    assert doc.body.startswith(FIRST)
    assert "_第" not in doc.body and "共12页" not in doc.body and "页数" not in doc.body


def test_a_headline_printed_again_below_the_notices_starts_the_article(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "示范县2023年经济运行情况报告",
            "本页内容仅作预览,排版可能与原文件不同。需要完整文件的请点击下载,下载后如有疑问请联系客服。",
            "示范县,经济运行,2023",
            "示范县2023年经济运行情况报告",
            FIRST,
            SECOND,
        ]
    )
    doc = read(tmp_path, page)
    assert doc.title == "示范县2023年经济运行情况报告"
    assert kept_lines(doc) == ["示范县2023年经济运行情况报告", FIRST, SECOND]


def test_a_headline_printed_again_around_its_byline_only_keeps_both_copies(tmp_path: Path) -> None:
    # The page's title, the date, then the article's title: the byline alone is no page header,
    # so the upper copy stays with the article (as the page's title line) and the date is kept.
    page = "\n".join(
        ["示范县2023年经济运行情况报告", "发布时间:2024-02-01", "示范县2023年经济运行情况报告", FIRST, SECOND]
    )
    doc = read(tmp_path, page)
    assert doc.line_numbers[0] == 1 or "示范县2023年经济运行情况报告" in doc.metadata
    assert "发布时间:2024-02-01" in doc.metadata and doc.body.startswith("示范县2023年经济运行情况报告\n")


def test_a_caption_the_article_repeats_is_no_reprinted_headline(tmp_path: Path) -> None:
    page = "\n".join([FIRST, "表一 示范县主要经济指标情况表", SECOND, THIRD, "表一 示范县主要经济指标情况表", FOURTH])
    doc = read(tmp_path, page)
    assert doc.body.startswith(FIRST) and FOURTH in doc.body


def test_a_lead_of_figures_under_the_first_copy_of_a_headline_is_the_articles(tmp_path: Path) -> None:
    # A news page prints its headline, the lead, then the headline again over the rest: the
    # lead states the article's figures, so it is no page notice to drop.
    lead = "日前,省里通报了开发区考核结果。示范经济开发区在90家开发区中排名第12位,较上年提升8个位次。"
    page = "\n".join(["示范经济开发区考核再进位", lead, "示范经济开发区考核再进位", FIRST, SECOND])
    doc = read(tmp_path, page)
    assert lead in doc.body and SECOND in doc.body


def test_a_headline_that_asks_or_exclaims_is_still_the_headline(tmp_path: Path) -> None:
    doc = read(tmp_path, "\n".join(["示范县今年经济成绩单出炉，你家乡排第几?", FIRST, SECOND]))
    assert doc.title == "示范县今年经济成绩单出炉，你家乡排第几?"
    doc = read(tmp_path, "\n".join(["喜报!示范县跻身全省十强!", FIRST, SECOND]))
    assert doc.title == "喜报!示范县跻身全省十强!"
    doc = read(tmp_path, "\n".join(["示范县经济运行平稳。", FIRST, SECOND]))  # a sentence, not a headline
    assert doc.title != "示范县经济运行平稳。"


def test_numbered_download_notices_and_a_service_qq_above_the_headline_are_dropped(tmp_path: Path) -> None:
    page = "\n".join(
        [
            "- 31.20 KB",
            "- 2022-05-06 发布",
            "- 1、本文档由网友整理,本站发布,仅供学习交流,请勿用于商业用途。",
            "- 2、本文档的收益全部归内容提供方所有,本站只提供存储空间。",
            "- 3、付费之前请先预览,确认无误后再付费,一经售出不予退换。",
            "- 网站客服QQ:12345678",
            "示范镇上半年工作总结",
            FIRST,
            SECOND,
        ]
    )
    doc = read(tmp_path, page)
    assert doc.body.startswith("示范镇上半年工作总结\n")
    assert "本文档" not in doc.body and "客服" not in doc.body


def short_lines(n: int) -> list[str]:
    """Verses of a post, each short and mostly without punctuation."""
    places = ["河湾", "老街", "新桥", "工业园", "菜市场", "车站", "学校", "医院", "广场", "码头", "粮站", "渡口"]
    return [f"我又走过{p}的路口" for p in places[:n]]


def test_short_lines_under_a_post_header_are_all_the_posts(tmp_path: Path) -> None:
    verses = short_lines(12)
    page = "\n".join(["示范论坛", "河边老农 发表于 2023-3-5 10:21:09", *verses, FIRST, SECOND, "记于示范镇", "三月初"])
    doc = read(tmp_path, page)
    kept = kept_lines(doc)
    assert all(v in kept for v in verses)  # more than a header's ten lines
    assert kept[-2:] == ["记于示范镇", "三月初"]  # short lines at the end of the page are the post's too
    assert "示范论坛" not in doc.body and "发表于" not in doc.body


def test_a_post_of_short_lines_only_is_kept_between_its_header_and_the_page_noise(tmp_path: Path) -> None:
    verses = [*short_lines(6), "示范镇的变化,大家都看在眼里,说也说不完", *short_lines(12)[6:]]
    page = "\n".join(
        [
            "河边老农 发表于 2023-3-5 10:21:09",
            "|",
            *verses,
            "上一篇:春天的示范镇",
            "下一篇:示范河的早晨",
        ]
    )
    doc = read(tmp_path, page)
    assert kept_lines(doc) == verses


def test_a_list_under_a_news_byline_is_not_taken_for_a_post(tmp_path: Path) -> None:
    page = "\n".join(
        ["示范县上半年工业产值稳步增长", "示范新闻网 2024-01-11 09:06", FIRST, SECOND, "相关新闻", "示范镇召开会议"]
    )
    doc = read(tmp_path, page)
    assert doc.body.endswith(SECOND)


def test_a_forum_archivers_pager_is_not_the_posts(tmp_path: Path) -> None:
    page = "\n".join(["河边老农 发表于 2023-3-5 10:21:09", FIRST, SECOND, "页: [1] 2", "查看完整版本: 示范镇的变化"])
    doc = read(tmp_path, page)
    assert doc.body.endswith(SECOND)


def test_a_preview_cut_off_by_the_site_is_kept_when_it_is_the_only_prose(tmp_path: Path) -> None:
    preview = FIRST + SECOND + THIRD + FOURTH + FIRST[:20] + "..."
    page = "\n".join(["返回", "示范镇工作汇报", "示范镇工作汇报", preview, "请先登录", "相关推荐"])
    doc = read(tmp_path, page)
    # a paragraph cut off so is the article, not a teaser: the body, under the page's headline
    assert (doc.title, doc.body) == ("示范镇工作汇报", preview)


def test_an_articles_paragraph_cut_off_by_the_site_is_kept_beside_its_headline(tmp_path: Path) -> None:
    # sentences far longer than a teaser, cut off with "..." where the page ends, are the article
    cut = FIRST + SECOND + THIRD + FOURTH + FIRST[:20] + " ..."
    page = "\n".join(["Menu", "示范县经济运行稳中有进", "示范日报·2025-08-06 00:33", "", cut])
    doc = read(tmp_path, page)
    assert doc.body.endswith(cut)
    # a teaser of another article, cut off so, stays out
    teasers = "\n".join([FIRST, SECOND, "示范镇召开全镇经济工作会议，会议指出，一季度全镇..."])
    assert "召开" not in read(tmp_path, teasers).body


def test_short_lines_after_an_article_without_a_post_header_are_not_taken_in(tmp_path: Path) -> None:
    page = "\n".join(["示范县上半年工业产值稳步增长", "来源：示范日报", FIRST, SECOND, "工业经济", "示范县"])
    doc = read(tmp_path, page)
    assert doc.body.endswith(SECOND)


def test_a_close_mark_left_by_a_widget_is_page_noise(tmp_path: Path) -> None:
    doc = read(tmp_path, "\n".join(["×", FIRST, "x", SECOND]))
    assert kept_lines(doc) == [FIRST, SECOND]


def test_a_forums_anti_copy_strings_are_page_noise_but_not_the_paragraph_behind_them(tmp_path: Path) -> None:
    jam = "k2 ^& b7 Q) m; 4x R% t: "
    lines = [jam + "示范县县长为获奖单位颁奖", FIRST, jam.strip(), jam + SECOND]
    doc = read(tmp_path, "\n".join(lines))
    assert "颁奖" not in doc.body and FIRST in doc.body and SECOND in doc.body
    # A list's numbering and a table's signed figures are no such strings.
    assert not is_jammed("1) 2) 3) 4) 示范县") and not is_jammed("| -1 | -2 | -3 | -4 |")


def test_a_contact_block_above_the_article_is_no_headline(tmp_path: Path) -> None:
    page = "\n".join(["联系人:王工", "地址:示范省示范市示范镇工业路2号", FIRST, SECOND])
    doc = read(tmp_path, page)
    assert "工业路" not in doc.title and "工业路" not in doc.body and doc.body.startswith(FIRST)


def test_ranked_rows_with_a_province_and_a_score_after_the_article_are_kept(tmp_path: Path) -> None:
    rows = ["1 示范县 内蒙古自治区 90.86", "2 样板县 宁夏回族自治区 89.20", "3 模范县 新疆维吾尔自治区 88.75"]
    doc = read(tmp_path, "\n".join(["示范省县域经济榜单发布", FIRST, SECOND, "完整榜单", *rows]))
    assert all(r.replace(" ", "") in doc.body.replace(" ", "") for r in rows)


def test_a_keyword_line_above_the_article_is_dropped(tmp_path: Path) -> None:
    page = "\n".join(["花卉网,篮球队,山区旅游,学者,宽带通信", "示范县经济运行稳中向好", FIRST, SECOND, THIRD])
    doc = read(tmp_path, page)
    assert "花卉网" not in doc.body and doc.body.startswith("示范县经济运行稳中向好\n")


def test_a_spam_line_of_search_phrases_is_dropped(tmp_path: Path) -> None:
    page = "\n".join(["某某一区_某某精品二区_某某在线三区_某某视频四区", "示范县经济运行稳中向好", FIRST, SECOND])
    doc = read(tmp_path, page)
    assert "某某一区" not in doc.body and doc.title == "示范县经济运行稳中向好"


def test_a_list_of_names_in_the_article_is_not_a_keyword_line(tmp_path: Path) -> None:
    names = "甲镇,乙镇,丙镇,丁镇,戊镇"
    page = "\n".join(["示范县五镇入选全国千强镇", FIRST, "入选的五个镇是：", names, SECOND])
    doc = read(tmp_path, page)
    assert names in kept_lines(doc)


def test_a_file_name_above_the_headline_is_dropped(tmp_path: Path) -> None:
    page = "\n".join(["示范县工业园区_副本.jpg", "示范县综合实力跻身全国百强", FIRST, SECOND])
    doc = read(tmp_path, page)
    assert ".jpg" not in doc.body and doc.title == "示范县综合实力跻身全国百强"


def test_a_teaser_cut_from_the_first_paragraph_is_dropped(tmp_path: Path) -> None:
    whole = "10月9日，某某研究院、某某委员会发布2023年县域经济百强名单，示范县位列第12位。"
    teaser = "10月9日，某某研究院、某某委员会"
    doc = read(tmp_path, "\n".join([teaser, whole, SECOND, THIRD]))
    assert kept_lines(doc)[0] == whole and doc.title != teaser


def test_a_page_title_with_a_suffix_above_the_headline_is_dropped(tmp_path: Path) -> None:
    headline = "示范区区长在全区上半年工作推进会上的发言"
    page = "\n".join([f"{headline}(2023.11.20)(全文3200字)", headline, "（2023年11月20日）", "同志们：", FIRST, SECOND])
    doc = read(tmp_path, page)
    assert doc.title == headline and "全文3200字" not in doc.body and kept_lines(doc)[0] == headline


def test_a_tag_or_a_site_name_above_the_article_is_dropped(tmp_path: Path) -> None:
    doc = read(tmp_path, "\n".join(["示范网", FIRST, SECOND, THIRD]))
    assert kept_lines(doc)[0] == FIRST and "示范网" not in doc.metadata


def test_an_address_to_the_audience_above_the_speech_is_kept(tmp_path: Path) -> None:
    doc = read(tmp_path, "\n".join(["同志们：", FIRST, SECOND, THIRD]))
    assert kept_lines(doc)[0] == "同志们："


def test_a_notice_headed_by_its_label_after_the_article_is_dropped(tmp_path: Path) -> None:
    notice = "声明：此文系示例网友投稿，所述内容仅为投稿人个人看法，与示例网无关，如有异议请联系编辑处理。"
    doc = read(tmp_path, "\n".join(["示范县经济运行稳中向好", FIRST, SECOND, "来源：示例日报", notice]))
    assert "投稿" not in doc.body


def test_fields_of_a_disclosure_table_above_the_article_are_dropped(tmp_path: Path) -> None:
    page = [
        "关于示范县2023年计划执行情况的报告",
        "索引号 : 0123456/2024-00001 文号 : 无",
        "信息分类: 规划信息",
        "发文机构: 示范县发展和改革局",
        "有效性: 有效",
        "一、2023年计划执行情况",
        FIRST,
        SECOND,
    ]
    doc = read(tmp_path, "\n".join(page))
    assert "规划信息" not in doc.body and "有效性" not in doc.body and kept_lines(doc)[-1] == SECOND
