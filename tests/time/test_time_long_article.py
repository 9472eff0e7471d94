"""find_dates over a whole 5,000-character article: every date of the news prose is found,
none in the background prose around it. (Its speed is measured by benchmarks/throughput.py,
stage "dates", never in a test.)"""
import datetime as dt

from rasd.time import find_dates

# Written for this test: news prose with numbers, dates (about twice as many as in a typical
# article), and many words that contain date words (العام، اليوم، الجامعة، أماكن...).
PARAGRAPH = (
    "أعلنت وزارة الداخلية صباح اليوم أن قوات الأمن اعتقلت 12 شخصا يشتبه في تورطهم في الهجوم الذي "
    "استهدف نقطة تفتيش قرب الجامعة مساء الأربعاء، وأسفر عن مقتل ثلاثة عناصر وإصابة 7 آخرين. "
    "وقال المتحدث باسم الوزارة في مؤتمر صحفي إن التحقيقات ما زالت جارية، مشيرا إلى أن المجموعة "
    "نفذت هجمات مماثلة خلال الأسبوع الماضي في أماكن متفرقة من المدينة. وكانت الحكومة قد أعلنت "
    "في 15 كانون الثاني/يناير 2017 حالة الطوارئ لمدة 30 يوما، بعد موجة من الاحتجاجات شارك فيها "
    "نحو 5000 متظاهر طالبوا بتحسين الأوضاع المعيشية وتوفير فرص العمل للشباب العاطلين. "
    "ويعاني الاقتصاد من تراجع حاد منذ عام 2011، إذ انخفضت عائدات النفط بنسبة 40 بالمئة. "
)
# Background prose without dates, as most of an article is.
BACKGROUND = (
    "وتشهد البلاد أزمة سياسية وأمنية معقدة، إذ تتنافس حكومتان على الشرعية وتسيطر فصائل مسلحة "
    "متعددة على أجزاء واسعة من الأراضي، فيما تحاول الأمم المتحدة رعاية حوار بين الأطراف المتنازعة "
    "للوصول إلى تسوية تنهي الانقسام وتوحد المؤسسات العسكرية والاقتصادية. ويقول محللون إن غياب "
    "الثقة بين القادة المحليين وتدخل قوى إقليمية يعرقلان أي اتفاق، وإن نحو 200 ألف نازح ما زالوا "
    "بعيدين عن منازلهم في المدن التي دمرتها المعارك، بينما تعاني المستشفيات من نقص الأدوية والكهرباء. "
)


def test_a_long_article_gives_the_dates_of_its_news_paragraphs_only():
    article = ((PARAGRAPH + BACKGROUND) * 5)[:5000]
    found = find_dates(article, dt.date(2017, 1, 19))
    per_paragraph = len(find_dates(PARAGRAPH, dt.date(2017, 1, 19)))
    assert find_dates(BACKGROUND, dt.date(2017, 1, 19)) == []
    assert per_paragraph >= 3 and len(found) >= 4 * per_paragraph
    assert all(article[d.start:d.end] == d.text for d in found)
